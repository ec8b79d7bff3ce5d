// Progress of a long command on stderr: a redrawn bar when stderr is a terminal, otherwise
// one line per tenth of the work (for logs and CI).
import type { Writable } from 'node:stream';

export interface ProgressStream extends Writable {
  readonly isTTY?: boolean;
}

export interface ProgressReporter {
  update(done: number, total: number, detail?: string): void;
  /** Ends the bar's line (TTY); no-op otherwise. */
  finish(): void;
}

const BAR_WIDTH = 30;
const REDRAW_MS = 100;

export function formatCount(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

function duration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const minutes = Math.floor(whole / 60);
  return `${minutes}:${String(whole % 60).padStart(2, '0')}`;
}

export function progressReporter(stream: ProgressStream, unit: string, now: () => number = () => performance.now()): ProgressReporter {
  const started = now();
  let lastDraw = -Infinity;
  let lastTenth = 0;
  let drawn = false;
  const line = (done: number, total: number, detail: string | undefined): string => {
    const share = total === 0 ? 1 : done / total;
    const seconds = (now() - started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const eta = rate > 0 ? ` · ETA ${duration((total - done) / rate)}` : '';
    return `${Math.floor(share * 100)} % ${formatCount(done)}/${formatCount(total)} ${unit}`
      + ` · ${formatCount(rate)} ${unit}/s${eta}${detail ? ` · ${detail}` : ''}`;
  };
  return {
    update(done, total, detail) {
      if (stream.isTTY) {
        if (now() - lastDraw < REDRAW_MS && done < total) return;
        lastDraw = now();
        const filled = Math.round((total === 0 ? 1 : done / total) * BAR_WIDTH);
        stream.write(`\r\x1b[K[${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}] ${line(done, total, detail)}`);
        drawn = true;
        return;
      }
      const tenth = total === 0 ? 10 : Math.floor((done / total) * 10);
      if (tenth > lastTenth) {
        lastTenth = tenth;
        stream.write(`${line(done, total, detail)}\n`);
      }
    },
    finish() {
      if (drawn) stream.write('\n');
    },
  };
}
