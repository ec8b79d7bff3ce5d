// `npm test`: type check, lint, dependency rules, then every test suite; prints how long
// each took and a closing line `N passed, N failed, N skipped`.
import { spawn } from 'node:child_process';
import { globSync } from 'node:fs';

interface Step {
  readonly name: string;
  readonly command: string;
  readonly args: readonly string[];
  /** Test suites report counts; checks only pass or fail. */
  readonly suite: boolean;
  /** For suites: the test files; a suite without files has nothing to run. */
  readonly files?: readonly string[];
}

const bin = (name: string) => `node_modules/.bin/${name}`;
const testFiles = (pattern: string | string[]) => globSync(pattern).sort();
function suite(name: string, pattern: string | string[], concurrency: number): Step {
  const files = testFiles(pattern);
  const args = ['--test', `--test-concurrency=${concurrency}`, '--test-reporter=spec', ...files];
  return { name, command: process.execPath, args, suite: true, files };
}

const steps: readonly Step[] = [
  { name: 'typecheck', command: bin('tsc'), args: ['-p', 'tsconfig.json'], suite: false },
  // The browser script: ES2017 and DOM types, not Node's (banner/tsconfig.json).
  { name: 'typecheck banner', command: bin('tsc'), args: ['-p', 'banner/tsconfig.json'], suite: false },
  { name: 'lint', command: bin('eslint'), args: ['.'], suite: false },
  { name: 'dependency rules', command: bin('depcruise'), args: ['src', '--config', '.dependency-cruiser.cjs'], suite: false },
  suite('unit', ['src/**/*.test.ts', 'banner/**/*.test.ts'], 2),
  suite('integration', 'test/integration/**/*.test.ts', 2),
  suite('e2e', 'test/e2e/**/*.test.ts', 1),
];

const only = process.argv.slice(2);

interface Outcome { name: string; ok: boolean; seconds: number; pass: number; fail: number; skipped: number }

function count(output: string, label: string): number {
  const matches = [...output.matchAll(new RegExp(`^ℹ ${label} (\\d+)$`, 'gm'))];
  return matches.reduce((sum, match) => sum + Number(match[1]), 0);
}

function run(step: Step): Promise<Outcome> {
  const started = performance.now();
  return new Promise((resolve) => {
    if (step.files?.length === 0) {
      resolve({ name: step.name, ok: true, seconds: 0, pass: 0, fail: 0, skipped: 0 });
      return;
    }
    process.stdout.write(`\n━━ ${step.name}\n`);
    const child = spawn(step.command, step.args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      process.stdout.write(chunk);
    });
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      resolve({
        name: step.name, ok: code === 0, seconds,
        pass: count(output, 'pass'), fail: count(output, 'fail'), skipped: count(output, 'skipped'),
      });
    });
  });
}

const outcomes: Outcome[] = [];
for (const step of steps) {
  if (only.length > 0 && !only.includes(step.name)) continue;
  outcomes.push(await run(step));
}

process.stdout.write('\n━━ summary\n');
for (const outcome of outcomes) {
  const counts = outcome.pass + outcome.fail + outcome.skipped > 0
    ? `  ${outcome.pass} passed, ${outcome.fail} failed, ${outcome.skipped} skipped` : '';
  process.stdout.write(`${outcome.ok ? 'ok  ' : 'FAIL'}  ${outcome.name.padEnd(17)} ${outcome.seconds.toFixed(1).padStart(6)} s${counts}\n`);
}
const failedChecks = outcomes.filter((outcome) => !outcome.ok && outcome.fail === 0).length;
const total = (key: 'pass' | 'fail' | 'skipped') => outcomes.reduce((sum, outcome) => sum + outcome[key], 0);
process.stdout.write(`\n${total('pass')} passed, ${total('fail') + failedChecks} failed, ${total('skipped')} skipped\n`);
process.exitCode = outcomes.every((outcome) => outcome.ok) ? 0 : 1;
