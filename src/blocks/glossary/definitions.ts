/**
 * The course's glossary in the player: the marked terms in course text (which sit in sanitized
 * HTML, so no property reaches them) read their definitions from the session's course, which the
 * player provides by context (src/kit/session.ts). The term element is fetched from the package
 * only for a course that has terms.
 */
import type { GlossaryTerm } from "./model.js";

/** Called by the page with the course on screen, before its terms render. */
export function useGlossary(terms: readonly GlossaryTerm[] | undefined): void {
  // The module loader keeps it: only the first call fetches anything.
  if (terms?.length) void import("./glossary-term.js");
}
