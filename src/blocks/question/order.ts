/**
 * Option order for questions the author asks to shuffle: a fixed order per learner and question,
 * so a learner who comes back sees the options where they left them, while option ids (and so the
 * saved state and LMS reports) never change. Pure: the same seed gives the same order everywhere.
 */
import type { Option, Question } from "./model.js";

/** FNV-1a: a small, well-spread 32-bit hash of the seed text. */
function hash(text: string): number {
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

/**
 * The options in the order this learner sees them: the author's order unless the question is
 * shuffled, else a Fisher–Yates shuffle seeded by the learner and the question.
 */
export function optionOrder(question: Question, learner: string): Option[] {
  const options = [...question.options];
  if (!question.shuffle) return options;
  const random = generator(hash(`${learner}\u0000${question.id}`));
  for (let i = options.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [options[i], options[j]] = [options[j], options[i]];
  }
  return options;
}
