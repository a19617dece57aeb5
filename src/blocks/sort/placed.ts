/** How many cards of a sort are in their right group: the element's words, kept out of the start bundle. */
import type { SortBlock } from "./model.js";

/** How many cards a response (one group id a card, in card order) puts in their right group. */
export function rightlyPlaced(block: SortBlock, response: readonly string[]): number {
  return block.cards.filter((c, i) => response[i] === c.group).length;
}
