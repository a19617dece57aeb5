/**
 * Seeded orders: the same seed gives the same order on the server that prerenders a page, in every
 * browser and on every visit, so a learner who comes back finds things where they left them. Used
 * by the question's shuffled options and the ordering question's starting order.
 */

/** FNV-1a: a small, well-spread 32-bit hash of the seed text. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a tiny seeded generator of numbers in [0, 1). */
export function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The items in an order fixed by the seed text (Fisher–Yates); the items themselves are untouched. */
export function shuffled<T>(items: readonly T[], seed: string): T[] {
  const out = [...items];
  const random = generator(hash(seed));
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
