/** Content problems found at build time, reported to the author as `file:line: message`. */
import { relative } from "node:path";

export interface CourseProblem {
  /** Path as the author knows it (relative to the current folder when possible). */
  file: string;
  /** 1-based line in that file. */
  line: number;
  /** Plain words an author can act on, without reading code. */
  message: string;
}

export function formatProblem(p: CourseProblem): string {
  return `${p.file}:${p.line}: ${p.message}`;
}

/** Thrown by the loader when the course folder cannot be built; carries every problem found. */
export class CourseError extends Error {
  constructor(readonly problems: CourseProblem[]) {
    super(problems.map(formatProblem).join("\n"));
    this.name = "CourseError";
  }
}

/** Edit distance, used to suggest the key an author probably meant. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const d = distance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}

/** A path as an author would type it: relative inside the current folder, absolute outside it. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith("..") ? rel : path;
}
