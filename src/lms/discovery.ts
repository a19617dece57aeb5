/**
 * Finds the LMS's runtime API object the way SCORM says to: up the frame chain to the top, then
 * up the chain of the window that opened the top, tolerating frames from other origins.
 */

/** The usual bound on the walk: LMS frame sets are deep but never this deep. */
export const MAX_HOPS = 500;

/**
 * Reads one property of a window that may belong to another origin: browsers throw a
 * SecurityError for most properties of such a window, and a frame being torn down may throw too.
 */
function peek(win: unknown, property: string): unknown {
  if (win === null || (typeof win !== "object" && typeof win !== "function")) return undefined;
  try {
    return (win as Record<string, unknown>)[property];
  } catch {
    return undefined;
  }
}

function isPresent(value: unknown): boolean {
  return value !== null && (typeof value === "object" || typeof value === "function");
}

/**
 * Looks for the property `name` (`API_1484_11` or `API`) on `win`, its parent, and so on to the
 * top; then on `win.top.opener` and its parents, then on that window's top's opener, and so on.
 * At most `maxHops` windows are looked at, and none twice. Returns the API object, or undefined.
 *
 * `win` is a `Window` in the browser; any object with `parent`/`top`/`opener` works, for tests.
 */
export function findApi(win: object, name: string, maxHops = MAX_HOPS): unknown {
  const seen = new Set<unknown>();
  let budget = maxHops;

  /** Walks up from `start`; returns the API, or the last window it reached. */
  const walkUp = (start: unknown): { api?: unknown; top?: unknown } => {
    let current = start;
    let last: unknown;
    while (isPresent(current) && !seen.has(current) && budget > 0) {
      seen.add(current);
      budget--;
      last = current;
      const api = peek(current, name);
      if (isPresent(api)) return { api };
      const parent = peek(current, "parent");
      // The top window is its own parent.
      if (parent === current) break;
      current = parent;
    }
    return { top: last };
  };

  let from: unknown = win;
  // An opener already walked means the openers form a loop.
  while (isPresent(from) && !seen.has(from) && budget > 0) {
    const found = walkUp(from);
    if (found.api !== undefined) return found.api;
    // `top` is readable across origins; fall back to where the walk stopped if it is not.
    const top = peek(from, "top") ?? found.top;
    from = peek(top, "opener");
  }
  return undefined;
}
