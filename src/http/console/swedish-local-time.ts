// The value of <input type="datetime-local"> (YYYY-MM-DDTHH:mm, Swedish time) as an instant;
// undefined when it is no such time (malformed, or skipped when the clocks go forward).
import { localDateTimeValue } from '../views/console/format-date-time.ts';

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

export function swedishLocalTime(value: string): Date | undefined {
  const match = PATTERN.exec(value.trim());
  if (!match) return undefined;
  const asUtc = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), Number(match[4]), Number(match[5]));
  if (Number.isNaN(asUtc)) return undefined;
  // Sweden is one (winter) or two (summer) hours ahead of UTC; the right one gives back the same wall time.
  for (const hours of [1, 2]) {
    const candidate = new Date(asUtc - hours * 3_600_000);
    if (localDateTimeValue(candidate) === value.trim()) return candidate;
  }
  return undefined;
}
