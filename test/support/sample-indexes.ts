// A deterministic pseudo-random choice of distinct indexes (mulberry32 from a numeric seed),
// so a test that samples a population picks the same persons on every run.

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** `count` distinct integers from [from, to), in ascending order. */
export function sampleIndexes(seed: number, count: number, from: number, to: number): number[] {
  if (count > to - from) throw new TypeError('cannot sample more indexes than the range holds');
  const random = mulberry32(seed);
  const chosen = new Set<number>();
  while (chosen.size < count) chosen.add(from + Math.floor(random() * (to - from)));
  return [...chosen].sort((a, b) => a - b);
}
