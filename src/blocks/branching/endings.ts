/**
 * How a walked case ends: the tally of best choices on a path and the ending it earns. Kept out of
 * rules.ts, which the player's start bundle holds: only the element (loaded the first time a page
 * shows a case) and Node read these.
 */
import type { BranchingBlock, Ending } from "./model.js";
import type { ScenarioPath } from "./rules.js";

/** The decisions on a path the learner has made, and how many of them took the best choice. */
export function tallyOf(path: ScenarioPath): { best: number; decisions: number } {
  const made = path.steps.filter((s) => s.chosen);
  return { best: made.filter((s) => s.chosen?.best).length, decisions: made.length };
}

/**
 * The ending an ended path goes on to: the one whose `minBest` is the highest not above the
 * number of best choices on the path. Undefined while the case goes on, or for a case without
 * endings (the checker sees that one of them has `minBest` 0, so an ended path always has one).
 */
export function endingOf(block: BranchingBlock, path: ScenarioPath): Ending | undefined {
  if (!path.ended) return undefined;
  const { best } = tallyOf(path);
  let ending: Ending | undefined;
  for (const e of block.endings ?? []) {
    if (e.minBest <= best && (!ending || e.minBest > ending.minBest)) ending = e;
  }
  return ending;
}
