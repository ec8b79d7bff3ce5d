// What the restriction register (Art. 18, issue 6) costs a read through the access layer: the same
// case-handling reads of a person's contacts timed with the register consulted and without it,
// interleaved in one run over the same seeded demo agency, so the ratio holds on a noisy machine.
// The register holds restrictions of other persons' records (`--restrictions`), as it would in use.
//
//   npm run bench:restricted-read -- [--persons 2000] [--reads 400] [--restrictions 5000]
//
// Embedded PGlite (the demo agency and Insyn's own tables), so it needs nothing installed.
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { createAccessLayer } from '../src/access/access-layer.ts';
import { demoPopulation, DEFAULT_DEMO_SEED, demoPerson } from '../src/devservices/demo-agency/demo-population.ts';
import { insertRestriction } from '../src/stores/restriction-store.ts';
import { openSourceFixture } from '../test/support/source-systems-fixture.ts';
import { pgliteDatabase } from '../test/support/test-databases.ts';

const { values: args } = parseArgs({
  options: {
    persons: { type: 'string', default: '2000' }, reads: { type: 'string', default: '400' }, restrictions: { type: 'string', default: '5000' },
  },
});
const persons = Number(args.persons);
const reads = Number(args.reads);
const say = (line = '') => process.stdout.write(`${line}\n`);

const fixture = await openSourceFixture({ logDatabase: await pgliteDatabase(), persons, registers: true });
try {
  const { db } = fixture.logDatabase;
  // Other persons' restrictions, whole datasets and single records, as a register in use holds them.
  const at = new Date();
  for (let index = 0; index < Number(args.restrictions); index += 1) {
    await insertRestriction(db, {
      id: randomUUID(), subjectKey: `bench-${index}`, dataset: 'kontakthistorik.kontakt', recordHash: index % 5 === 0 ? null : `hash-${index}`,
      reason: 'accuracy-contested', requestId: null, at, by: 'bench',
    });
  }
  const plain = createAccessLayer({ catalog: fixture.catalog, log: fixture.log, connectors: fixture.sources.connectors, subjectKey: fixture.subjectKey });
  const withRegister = fixture.sources.access;
  const population = demoPopulation(DEFAULT_DEMO_SEED, persons);
  const subjects = Array.from({ length: reads }, (_, index) => demoPerson(population, (index * 7919) % persons).id);
  const read = (access: typeof plain, index: number) => access.readSubject({
    actor: { id: 'staff:bench' }, purpose: 'handlaggning', subject: subjects[index]!, dataset: 'kontakthistorik.kontakt',
  });
  // Warm both paths, then alternate them read by read.
  for (let index = 0; index < Math.min(20, reads); index += 1) { await read(plain, index); await read(withRegister, index); }
  const times = { plain: [] as number[], register: [] as number[] };
  const timed = async (name: 'plain' | 'register', index: number) => {
    const started = performance.now();
    await read(name === 'plain' ? plain : withRegister, index);
    times[name].push(performance.now() - started);
  };
  for (let index = 0; index < reads; index += 1) {
    // Alternate which goes first, so neither always reads a warmer cache.
    const order: readonly ('plain' | 'register')[] = index % 2 === 0 ? ['plain', 'register'] : ['register', 'plain'];
    for (const name of order) await timed(name, index);
  }
  const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))]!;
  say(`Restricted reads: ${reads} case-handling reads of kontakthistorik.kontakt, ${persons} persons, ${args.restrictions} restrictions in the register (PGlite)`);
  say(`  ${'figure'.padEnd(12)} ${'without'.padStart(10)} ${'with register'.padStart(14)} ${'ratio'.padStart(7)}`);
  for (const [label, q] of [['p50 (ms)', 0.5], ['p99 (ms)', 0.99]] as const) {
    const base = quantile(times.plain, q);
    const measured = quantile(times.register, q);
    say(`  ${label.padEnd(12)} ${base.toFixed(2).padStart(10)} ${measured.toFixed(2).padStart(14)} ${(measured / base).toFixed(2).padStart(7)}`);
  }
} finally {
  await fixture.close();
}
