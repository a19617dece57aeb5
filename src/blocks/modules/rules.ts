/**
 * The cover's rules: what each tile says of the learner's state in a module, and where "Continue
 * where you left off" goes. Pure; the states are the course menu's own (moduleState), so the
 * cover and the menu never disagree.
 */
import type { Course, Module } from "../../course/model.js";
import type { Progress } from "../../kit/progress.js";
import { pageCountOf, pageOfBlock, pagesSeenOf } from "../page/rules.js";
import { type ModuleState, moduleState, pagesReached, taskOf } from "../rules.js";

export interface Tile {
  module: Module;
  state: ModuleState;
  /** Pages reached of `pages`, for "in progress". */
  reached: number;
  pages: number;
}

/** One tile per module of the course but the one the cover is on, in course order. */
export function tilesOf(course: Course, progress: Progress, hereId: string): Tile[] {
  return course.modules
    .filter((m) => m.id !== hereId)
    .map((module) => ({
      module,
      state: moduleState(module, progress),
      reached: pagesReached(module, progress),
      pages: pageCountOf(module),
    }));
}

/**
 * Where a returning learner continues: the furthest module (in course order, the cover's own left
 * out) they have opened, if it is not done, else the first module after it that is not done, else
 * the first not done at all; at its first page not yet reached, else at the page of the first thing
 * it still asks. Undefined for a learner who has opened no other module (nothing to continue) and
 * for one who has done every module.
 */
export function continueTo(
  course: Course,
  progress: Progress,
  hereId: string,
): { module: Module; page: number } | undefined {
  const tiles = tilesOf(course, progress, hereId);
  let furthest = -1;
  tiles.forEach((t, i) => {
    if (t.state !== "not-started") furthest = i;
  });
  if (furthest < 0) return undefined;
  const next =
    tiles.slice(furthest).find((t) => t.state !== "done") ?? tiles.find((t) => t.state !== "done");
  if (!next) return undefined;
  const m = next.module;
  for (let page = 1; page <= next.pages; page++) {
    if (!reachedPage(progress, m.id, page)) return { module: m, page };
  }
  return { module: m, page: pageOfBlock(m, (b) => taskOf(b, progress) === "to-do") };
}

function reachedPage(progress: Progress, moduleId: string, page: number): boolean {
  return (pagesSeenOf(progress, moduleId) & (1 << (page - 1))) !== 0;
}
