/**
 * What the build's prerendered first screen shows, as a short key: the player hydrates that
 * screen only when its own first screen has the same key (else it would keep stale text), and
 * draws afresh otherwise (a returning learner, an LMS's save state, review mode). Both take it
 * before the first page is opened, since opening it saves and a save may change the save state:
 * the player hydrates before it opens the page (main.ts).
 */
import type { CourseSession } from "./session.js";

export const FIRST_VIEW_ATTR = "data-first-view";

/** Everything the shell's first render depends on besides the course itself. */
export function firstViewKey(session: CourseSession): string {
  return [
    session.place.moduleId,
    session.place.page,
    session.saveState,
    session.resumed,
    session.reviewing,
    session.lmsMissing,
    session.passMarkFromLms,
    session.progress.visited.length,
  ].join("|");
}
