/**
 * The course's glossary as the player holds it: terms by id, for the marked terms in course text
 * (which sit in sanitized HTML, so no property reaches them). The term element is fetched from
 * the package only for a course that has terms.
 */
import type { GlossaryTerm } from "./model.js";

export const definitions = new Map<string, GlossaryTerm>();

let holding: readonly GlossaryTerm[] | undefined;

/**
 * Called by the page with the course on screen, before its terms render. Filled afresh when the
 * course is another one: the build prerenders one course after another in one process.
 */
export function useGlossary(terms: readonly GlossaryTerm[] | undefined): void {
  if (terms === holding) return;
  holding = terms;
  definitions.clear();
  if (!terms?.length) return;
  for (const t of terms) definitions.set(t.id, t);
  void import("./glossary-term.js");
}
