/**
 * The block registry at run time: each kind's pure rules, looked up by the progress rules, the
 * saved-state codec and the report. No DOM here; the elements are registered in render.ts.
 */
import type { Course } from "../course/model.js";
import type { Progress } from "../kit/progress.js";
import { branchingRules } from "./branching/rules.js";
import type { Block, BlockKind, BlockOf } from "./kinds.js";
import type { Question } from "./question/model.js";
import { questionRules } from "./question/rules.js";

/** What a block asks of the learner: nothing, something not yet done, or something done. */
export type Task = "none" | "to-do" | "done";

export interface BlockRules<B extends Block> {
  /**
   * Everything in the block the learner answers by choosing options (questions, scenario
   * decisions): each is kept in the saved state's answers by its id and reported as a `choice`
   * interaction.
   */
  choices(block: B): readonly Question[];
  /** For the module's state, the course's completion and the progress measure. */
  task(block: B, progress: Progress): Task;
}

/** Rules for a kind that only shows something: it asks nothing and saves nothing. */
const showsOnly: BlockRules<Block> = { choices: () => [], task: () => "none" };

const blockRules: { [K in BlockKind]: BlockRules<BlockOf<K>> } = {
  html: showsOnly,
  question: questionRules,
  timeline: showsOnly,
  // Reflections are saved with their own field of the saved state and are never required.
  reflection: showsOnly,
  results: showsOnly,
  branching: branchingRules,
  callout: showsOnly,
  reveal: showsOnly,
  figure: showsOnly,
  glossary: showsOnly,
  // A page break shows nothing itself; module-page splits the module at it.
  page: showsOnly,
};

export function rulesOf<B extends Block>(block: B): BlockRules<B> {
  return blockRules[block.kind] as unknown as BlockRules<B>;
}

export function taskOf(block: Block, progress: Progress): Task {
  return rulesOf(block).task(block, progress);
}

/** Every choice the learner can make in the course, in course order. */
export function choicesOf(course: Course): Question[] {
  return course.modules.flatMap((m) => m.blocks.flatMap((b) => [...rulesOf(b).choices(b)]));
}
