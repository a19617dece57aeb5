/**
 * What the course still needs from the learner before it is complete and has a result: pages not
 * reached, questions not answered, cases not walked to an end. Read from the same rules as
 * completionOf and successOf, so the results screen's list is empty exactly when the LMS is told
 * "completed" and given a result.
 */

import type { Block, Course, Module } from "../../course/model.js";
import type { Progress } from "../../kit/progress.js";
import type { Answerable } from "../../kit/response.js";
import { decisionId, pathOf } from "../branching/rules.js";
import { pageCountOf, pageOfBlock, pagesSeenOf } from "../page/rules.js";
import { countedOf, kindOf, taskOf } from "../rules.js";

/** A case (branching scenario) not yet walked to an end: its decisions are a path, not a list. */
export interface TaskToFinish {
  block: Block;
  /** In a case: the decision waiting for the learner, as its interaction id. */
  waiting?: string;
  page: number;
  /** A block drawn per attempt (the final assessment): how many of its items are answered. */
  answered?: { done: number; of: number };
}

/** Something the learner answers (a question, an ordering question) not yet answered. */
export interface QuestionToAnswer {
  item: Answerable;
  page: number;
}

/** One module's part of what is still needed, in course order. */
export interface StillNeeded {
  module: Module;
  /** Pages (1-based) not yet reached. */
  pages: number[];
  /** How many pages the module has, so a list can say "page 2 of 4". */
  pageCount: number;
  questions: QuestionToAnswer[];
  tasks: TaskToFinish[];
}

/**
 * Everything still needed, module by module; empty exactly when completionOf says "completed"
 * and every scored item is answered (so successOf gives passed or failed). An item a kind lists
 * (a question, an ordering question) counts when completion needs every task
 * (`completion: all-questions`) or when it is scored (the result needs it); a case counts the same
 * way, as one task, taken up at the decision waiting for the learner.
 */
export function stillNeededOf(course: Course, progress: Progress): StillNeeded[] {
  const everyTask = course.settings.completion === "all-questions";
  const out: StillNeeded[] = [];
  for (const module of course.modules) {
    const pageCount = pageCountOf(module);
    const seen = pagesSeenOf(progress, module.id);
    const pages: number[] = [];
    for (let page = 1; page <= pageCount; page++) if (!(seen & (1 << (page - 1)))) pages.push(page);
    const questions: QuestionToAnswer[] = [];
    const tasks: TaskToFinish[] = [];
    const pageOf = (block: Block) => pageOfBlock(module, (b) => b === block);
    for (const block of module.blocks) {
      if (block.kind === "branching") {
        // Needed when completion needs every task, or when its decisions are scored.
        const scored = kindOf(block)
          .answerables(block)
          .some((a) => a.scored);
        if ((everyTask || scored) && taskOf(block, progress) === "to-do") {
          const waiting = pathOf(block, progress).waiting;
          tasks.push({
            block,
            ...(waiting ? { waiting: decisionId(block, waiting) } : {}),
            page: pageOf(block),
          });
        }
        continue;
      }
      const kind = kindOf(block);
      // A block drawn per attempt (the final assessment) is one task: this attempt's draw,
      // taken up at its first item not yet answered.
      if (kind.attempt) {
        const items = countedOf(block, progress);
        const open = items.filter((a) => progress.answers[a.id] === undefined);
        if (open.length > 0) {
          const done = items.length - open.length;
          tasks.push({
            block,
            waiting: open[0].id,
            page: pageOf(block),
            answered: { done, of: items.length },
          });
        }
        continue;
      }
      for (const item of kind.answerables(block)) {
        if ((everyTask || item.scored) && progress.answers[item.id] === undefined) {
          questions.push({ item, page: pageOf(block) });
        }
      }
    }
    if (pages.length + questions.length + tasks.length > 0) {
      out.push({ module, pages, pageCount, questions, tasks });
    }
  }
  return out;
}
