// Dependency rules from ARCHITECTURE.md: imports point down this list, never up;
// http/ and cli/ never reach the database directly; domain/ imports nothing of ours;
// no cycles anywhere.
const layers = [
  'http', 'cli', 'operations', 'engine', 'delivery', 'documents', 'access',
  'connectors', 'audit', 'stores', 'db', 'catalog', 'devservices', 'config', 'domain', 'lib',
];

const upward = layers.map((layer, index) => ({
  name: `no-upward-from-${layer}`,
  comment: `src/${layer}/ may only import layers listed below it in ARCHITECTURE.md`,
  severity: 'error',
  from: { path: `^src/${layer}/` },
  to: { path: `^src/(${layers.slice(0, index).join('|') || '$^'})/` },
}));

module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
    ...upward.filter((rule) => !rule.to.path.includes('($^)')),
    {
      name: 'edges-never-touch-storage',
      comment: 'http/ and cli/ call operations; they never import db/, stores/ or connectors/',
      severity: 'error',
      from: { path: '^src/(http|cli)/' },
      to: { path: '^src/(db|stores|connectors)/' },
    },
    {
      name: 'domain-is-pure',
      comment: 'domain/ imports nothing of ours',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { path: '^src/(?!domain/)' },
    },
    {
      name: 'nothing-imports-main',
      severity: 'error',
      from: { path: '^src/(?!main\\.ts)' },
      to: { path: '^src/main\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.test\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
