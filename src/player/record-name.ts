/**
 * The name a learner types for their record of learning when no LMS gives one (the web package):
 * kept in this browser only, under its own key apart from progress, and never sent anywhere.
 */

/** Where the name is kept: one key per course, apart from the saved progress. */
export function recordNameKey(courseId: string): string {
  return `record-name:${courseId}`;
}

/** Storage may be blocked (reading window.localStorage then throws): the name is then not kept. */
function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function readRecordName(courseId: string): string {
  try {
    return storage()?.getItem(recordNameKey(courseId)) ?? "";
  } catch {
    return "";
  }
}

export function keepRecordName(courseId: string, name: string): void {
  try {
    const s = storage();
    if (name.trim()) s?.setItem(recordNameKey(courseId), name.trim());
    else s?.removeItem(recordNameKey(courseId));
  } catch {
    // Full or blocked: the name still shows on this page's record.
  }
}

/**
 * A short record id that anyone can recompute from what the record shows: FNV-1a over course
 * id, version, learner and completion time, as two groups of base-32 characters.
 */
export function recordId(parts: {
  courseId: string;
  version: string;
  learner: string;
  completedAt: number;
}): string {
  const text = [parts.courseId, parts.version, parts.learner.trim(), parts.completedAt].join(
    "\u241f",
  );
  let h = 0x811c9dc5;
  for (const ch of new TextEncoder().encode(text)) {
    h ^= ch;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  const code = h.toString(32).toUpperCase().padStart(7, "0");
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** "1 h 5 min", "12 min", "under a minute": time spent, as a record reads it. */
export function timeSpentText(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 1) return "under a minute";
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h ? `${h} h${m ? ` ${m} min` : ""}` : `${m} min`;
}
