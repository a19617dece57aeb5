/**
 * The sort's answerable: a matching, right only when every card is in its group. Only what the
 * start bundle needs is here; what the element alone reads is in `placed.ts`.
 */
import type { Answerable } from "../../kit/response.js";
import type { SortBlock } from "./model.js";

/**
 * A `matching` answerable: the cards are its sources, the groups its parts, and a response gives
 * each card (in the author's order) the id of the group it was put in.
 */
export function sortAnswerable(block: SortBlock): Answerable {
  return {
    id: block.id,
    theme: block.theme,
    scored: block.scored,
    weighting: block.weighting,
    stemText: block.stemText,
    type: "matching",
    parts: block.groups.map((g) => g.id),
    sources: block.cards.map((c) => c.id),
    correct: block.cards.map((c) => c.group),
  };
}
