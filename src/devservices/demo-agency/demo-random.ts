// A small seeded pseudo-random generator for the demo agency. Each person index gets its own
// generator (and each purpose its own stream), so any chunk of persons can be generated on
// its own and the same seed and index always give the same data.

export interface DemoRandom {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
}

/** Streams keep unrelated draws apart: adding a draw to one never shifts another. */
export type RandomStream = 'identity' | 'records' | 'relations' | 'roles';

const STREAM_SALT: Readonly<Record<RandomStream, number>> = {
  identity: 0x1b873593, records: 0x85ebca6b, relations: 0xc2b2ae35, roles: 0x27d4eb2f,
};

/** murmur3's 32-bit finaliser: spreads every input bit over the output. */
function mix32(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** FNV-1a over the seed text, so `--seed demo` and `--seed 42` both work. */
export function hashSeed(seed: string): number {
  let h = 0x811c9dc5;
  for (let index = 0; index < seed.length; index += 1) {
    h = Math.imul(h ^ seed.charCodeAt(index), 0x01000193);
  }
  return mix32(h);
}

/** A stateless hash of (seed, index, salt) in [0, 2^32). */
export function hash32(seedHash: number, index: number, salt: number): number {
  const high = Math.floor(index / 0x100000000);
  return mix32(mix32(seedHash ^ salt) ^ mix32(index >>> 0) ^ mix32(high + 0x9e3779b9));
}

/** mulberry32: fast, 32 bits of state, good enough for synthetic data. */
export function createRandom(seedHash: number, index: number, stream: RandomStream): DemoRandom {
  let state = hash32(seedHash, index, STREAM_SALT[stream]);
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new TypeError('pick from an empty list');
      return items[Math.floor(next() * items.length)] as T;
    },
  };
}
