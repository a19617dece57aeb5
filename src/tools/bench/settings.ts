/** Where the bench reads and writes, and the budgets the unit tests hold the project to. */
import { resolve } from "node:path";
import { gzipSync } from "node:zlib";

export const ROOT = resolve(import.meta.dirname, "../../..");
export const COURSE_DIR = "course";
/** Bench-owned output, never dist/: the bench must not disturb a build someone is looking at. */
export const BENCH_DIST = resolve(ROOT, "build/bench-dist");
export const BENCH_WEB = resolve(ROOT, "build/bench-web");
export const BENCH_MAP_WEB = resolve(ROOT, "build/bench-map");
export const RESULTS_FILE = resolve(ROOT, "bench/results.json");
export const BASELINE_ZIP = "baseline-first-module.zip";

/** The budgets the unit tests hold the project to (tests/unit/budget.test.ts). */
export const BUDGETS = {
  /**
   * gzip level 9 of the JS a package's player loads to start (the page's script, Lit, the player,
   * its LMS connection), each file gzipped alone; the course content is a file of its own.
   */
  playerJsGzipBytes: 30_000,
  /** gzip level 9 of Lit's hydration support, loaded only to take over a prerendered screen. */
  hydrationJsGzipBytes: 2_600,
  /** Uncompressed bytes the first paint needs: the launch page and every file it blocks on. */
  firstPaintBytes: 40_000,
  /** The longest saved state the course can produce, with headroom under SCORM 1.2's 4096. */
  savedStateChars: 3_000,
} as const;

export const gzipBytes = (data: string | Uint8Array): number =>
  gzipSync(typeof data === "string" ? Buffer.from(data) : data, { level: 9 }).length;
export const byteLength = (s: string) => Buffer.byteLength(s);
