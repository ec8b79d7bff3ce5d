// How a soak (soak/*.soak.ts, run by scripts/soak.ts) reports: its last line on stdout is
// `soak-result {json}` — whether every check held, its figures and the problems found — and its
// exit code is non-zero on any failure. Progress goes to stderr.

export interface SoakResult {
  readonly ok: boolean;
  /** In the order printed: counts, the seed, durations. */
  readonly figures: Readonly<Record<string, string | number>>;
  /** What failed, in words (no personal data). */
  readonly problems: readonly string[];
}

const PREFIX = 'soak-result ';

/** Writes the result line and sets the exit code. */
export function reportSoak(result: SoakResult): void {
  process.stdout.write(`${PREFIX}${JSON.stringify(result)}\n`);
  process.exitCode = result.ok ? 0 : 1;
}

/** The result line in a soak's output; undefined when it printed none (it crashed). */
export function parseSoakResult(output: string): SoakResult | undefined {
  const line = output.split('\n').reverse().find((candidate) => candidate.startsWith(PREFIX));
  return line ? JSON.parse(line.slice(PREFIX.length)) as SoakResult : undefined;
}

/** `kills=100 requests=400 …` */
export function formatFigures(figures: SoakResult['figures']): string {
  return Object.entries(figures).map(([name, value]) => `${name}=${value}`).join(' ');
}

/** `3m07s` */
export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)}m${String(seconds % 60).padStart(2, '0')}s`;
}

/** Progress on stderr, so that stdout holds only the result. */
export function progress(line: string): void {
  process.stderr.write(`${line}\n`);
}
