/**
 * The sort's pure rules: the answerable it is (a matching, right only when every card is in its
 * group) and how many cards are in their right group.
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

/** How many cards a response puts in their right group. */
export function rightlyPlaced(block: SortBlock, response: readonly string[]): number {
  return block.cards.filter((c, i) => response[i] === c.group).length;
}
