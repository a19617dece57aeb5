/**
 * The ordering question's pure rules: the answerable it is (a sequence, right only in the right
 * order), the order it starts in, and moving a step.
 */
import type { Answerable } from "../../kit/response.js";
import { shuffled } from "../../kit/seeded.js";
import type { OrderingBlock } from "./model.js";

export function orderingAnswerable(block: OrderingBlock): Answerable {
  const ids = block.steps.map((s) => s.id);
  return {
    id: block.id,
    theme: block.theme,
    scored: block.scored,
    weighting: block.weighting,
    stemText: block.stemText,
    type: "sequencing",
    parts: ids,
    correct: ids,
  };
}

/**
 * The order the steps are shown in before the learner moves any: fixed by the question's id, so
 * the page the build prerenders, every learner and every visit show the same; never the right
 * order, or a learner could check without reading.
 */
export function startOrder(block: OrderingBlock): string[] {
  const right = block.steps.map((s) => s.id);
  const order = shuffled(right, `ordering\u0000${block.id}`);
  const same = order.every((id, i) => id === right[i]);
  // Moving the first step to the end is never the right order (there are at least two steps).
  return same ? [...order.slice(1), order[0]] : order;
}

/** The order with one step moved one place up (-1) or down (1); unchanged at either end. */
export function moved(order: readonly string[], id: string, by: -1 | 1): string[] {
  const from = order.indexOf(id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= order.length) return [...order];
  const next = [...order];
  [next[from], next[to]] = [next[to], next[from]];
  return next;
}

/** How many steps of an order are in their right place. */
export function inPlace(block: OrderingBlock, order: readonly string[]): number {
  return block.steps.filter((s, i) => order[i] === s.id).length;
}
