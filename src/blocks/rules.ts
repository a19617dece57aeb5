/**
 * The lookups over the run-time registry (kinds.ts) that the progress rules, the saved-state codec,
 * the LMS record and the player use: no code outside a kind's folder asks which kind a block is.
 */
import type { TemplateResult } from "lit";
import type { Block, Course, Module } from "../course/model.js";
import type { Progress } from "../kit/progress.js";
import type { Answerable } from "../kit/response.js";
import { kinds } from "./kinds.js";
import { pageCountOf, pagesSeenOf } from "./page/rules.js";
import type { RunKind, Task } from "./run-kind.js";

export function kindOf<B extends Block>(block: B): RunKind<B> {
  return kinds[block.kind] as unknown as RunKind<B>;
}

export function taskOf(block: Block, progress: Progress): Task {
  return kindOf(block).task(block, progress);
}

export function renderBlock(block: Block): TemplateResult {
  return kindOf(block).render(block);
}

/** Every answerable of the course, in course order. */
export function answerablesOf(course: Course): Answerable[] {
  return course.modules.flatMap((m) => m.blocks.flatMap((b) => [...kindOf(b).answerables(b)]));
}

/**
 * The block's scored items that count for this learner now: an attempt's draw for a kind that has
 * attempts, its scored answerables otherwise.
 */
export function countedOf(block: Block, progress: Progress): readonly Answerable[] {
  const kind = kindOf(block);
  return kind.attempt
    ? kind.attempt.counted(block, progress)
    : kind.answerables(block).filter((a) => a.scored);
}

/** How many of the module's pages the learner has reached. */
export function pagesReached(module: Module, progress: Progress): number {
  const seen = pagesSeenOf(progress, module.id);
  let n = 0;
  for (let page = 0; page < pageCountOf(module); page++) if (seen & (1 << page)) n++;
  return n;
}

export type ModuleState = "not-started" | "in-progress" | "done";

/**
 * Done means every page reached and everything it asks answered; opening it is not enough.
 * Here, below the progress rules (which re-export it), so the menu and the cover's tiles agree.
 */
export function moduleState(module: Module, progress: Progress): ModuleState {
  if (!progress.visited.includes(module.id)) return "not-started";
  if (pagesReached(module, progress) < pageCountOf(module)) return "in-progress";
  return module.blocks.some((b) => taskOf(b, progress) === "to-do") ? "in-progress" : "done";
}

export type { RunKind, Task };
