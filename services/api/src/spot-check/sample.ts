// The reproducible draw: the same plans and the same seed always give the same sample, whatever
// order the files came in. Plans are put in a canonical order (sha256 of the bytes, then name),
// then a partial Fisher-Yates shuffle driven by sfc32 (seeded from sha256 of the seed string)
// picks the first `sampleSize` of them.
import { createHash, randomInt } from 'node:crypto';

export interface Plan {
  name: string;
  bytes: Uint8Array;
}

export interface HashedPlan extends Plan {
  sha256: string;
}

/** sfc32 (Chris Doty-Humphrey's Small Fast Counter, 32-bit): small, well studied, passes PractRand. */
export function sfc32(a: number, b: number, c: number, d: number): () => number {
  return () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
}

/** A generator of unsigned 32-bit integers seeded from the first 16 bytes of sha256(seed). */
export function prngFromSeed(seed: string): () => number {
  const h = createHash('sha256').update(seed, 'utf8').digest();
  const next = sfc32(h.readUInt32LE(0), h.readUInt32LE(4), h.readUInt32LE(8), h.readUInt32LE(12));
  // The usual warm-up: the first outputs of sfc32 are still close to the seed words.
  for (let i = 0; i < 15; i++) next();
  return next;
}

/** An unbiased integer in [0, n) by rejection (n <= 2^32). */
export function randomBelow(next: () => number, n: number): number {
  if (!Number.isInteger(n) || n < 1 || n > 2 ** 32) throw new RangeError(`randomBelow: bad bound ${n}`);
  const limit = 2 ** 32 - (2 ** 32 % n);
  for (;;) {
    const x = next();
    if (x < limit) return x % n;
  }
}

export function hashPlans(plans: Plan[]): HashedPlan[] {
  return plans.map((p) => ({ ...p, sha256: createHash('sha256').update(p.bytes).digest('hex') }));
}

/** By content first so that renaming a file does not move it, then by name to break ties between copies. */
export function canonicalOrder<T extends { sha256: string; name: string }>(plans: T[]): T[] {
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...plans].sort((a, b) => cmp(a.sha256, b.sha256) || cmp(a.name, b.name));
}

/**
 * Draws min(sampleSize, population) items: the canonical order, then a partial Fisher-Yates shuffle.
 * Returns them in draw order.
 */
export function drawSample<T extends { sha256: string; name: string }>(plans: T[], sampleSize: number, seed: string): T[] {
  if (!Number.isInteger(sampleSize) || sampleSize < 1) throw new RangeError('sampleSize must be a positive integer');
  const a = canonicalOrder(plans);
  const k = Math.min(sampleSize, a.length);
  const next = prngFromSeed(seed);
  for (let i = 0; i < k; i++) {
    const j = i + randomBelow(next, a.length - i);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a.slice(0, k);
}

const SEED_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789'; // no look-alikes (i, l, o, 0, 1)

/** A fresh seed that is easy to read aloud and type: three groups of four, about 59 bits. */
export function newSeed(): string {
  const chars = Array.from({ length: 12 }, () => SEED_ALPHABET[randomInt(SEED_ALPHABET.length)]);
  return [chars.slice(0, 4), chars.slice(4, 8), chars.slice(8, 12)].map((g) => g.join('')).join('-');
}
