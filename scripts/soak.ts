// `npm run soak`: runs every soak under soak/ (files named *.soak.ts), one process each, one after
// the other; prints one line per soak — PASS or FAIL, its name, how long it took, its figures —
// and exits 1 if any failed. `npm run soak -- change-kill` runs the soaks whose names contain an
// argument; arguments after `--` go to every soak (`npm run soak -- change-kill -- --seed 7`).
// A soak prints progress on stderr (passed through) and its result as the last line on stdout
// (soak/soak-report.ts).
import { spawn } from 'node:child_process';
import { globSync } from 'node:fs';
import { basename } from 'node:path';
import { formatDuration, formatFigures, parseSoakResult, type SoakResult } from '../soak/soak-report.ts';

const separator = process.argv.indexOf('--', 2);
const filters = process.argv.slice(2, separator === -1 ? undefined : separator);
const soakArgs = separator === -1 ? [] : process.argv.slice(separator + 1);
const nameOf = (file: string) => basename(file, '.soak.ts');
const files = globSync('soak/*.soak.ts').sort().filter((file) => filters.length === 0 || filters.some((filter) => nameOf(file).includes(filter)));

function run(file: string): Promise<{ result: SoakResult | undefined; code: number | null; ms: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [file, ...soakArgs], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => { output += chunk.toString(); });
    child.on('close', (code) => resolve({ result: parseSoakResult(output), code, ms: performance.now() - started }));
  });
}

if (files.length === 0) {
  process.stderr.write(`no soak matches ${filters.join(', ')}\n`);
  process.exit(1);
}
const lines: string[] = [];
let failed = 0;
for (const file of files) {
  process.stderr.write(`━━ ${nameOf(file)}\n`);
  const { result, code, ms } = await run(file);
  const ok = code === 0 && result?.ok === true;
  if (!ok) failed += 1;
  const figures = result ? formatFigures(result.figures) : `no result (exit ${code})`;
  lines.push(`${ok ? 'PASS' : 'FAIL'}  ${nameOf(file).padEnd(20)} ${formatDuration(ms).padStart(7)}  ${figures}`);
}
process.stdout.write(`\n${lines.join('\n')}\n`);
process.exitCode = failed === 0 ? 0 : 1;
