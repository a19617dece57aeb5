/**
 * What a kind's run-time definition (`src/blocks/<kind>/index.ts`) gives the rest of the course:
 * its pure rules and the element that shows it. Ships to the learner. Imports no kind, so every
 * kind's index.ts can import it without a loop through the registry.
 */
import type { TemplateResult } from "lit";
import type { Block } from "../course/model.js";
import type { Progress } from "../kit/progress.js";
import type { Answerable } from "../kit/response.js";

/** What a block asks of the learner: nothing, something not yet done, or something done. */
export type Task = "none" | "to-do" | "done";

/** A kind at run time: its pure rules and the element that shows it. Ships to the learner. */
export interface RunKind<B extends Block> {
  /**
   * Everything in the block the learner answers that is saved and reported (a question, each
   * decision of a scenario, an ordering question), with the interaction type it is recorded as.
   * The saved state keeps each answer by its id; the LMS gets one interaction per check.
   */
  answerables(block: B): readonly Answerable[];
  /** For the module's state, the course's completion and the progress measure. */
  task(block: B, progress: Progress): Task;
  /**
   * For a kind whose scored items depend on the learner's attempt (the final assessment draws
   * some of its bank each time): the items that count now, and its own "try again", which takes
   * the whole block back and draws again. A kind without it counts its scored answerables, and a
   * retake clears those answered wrongly.
   */
  attempt?: {
    counted(block: B, progress: Progress): readonly Answerable[];
    retake(block: B, progress: Progress): Progress;
    /**
     * The most the saved state can hold of the block at once (every attempt clears the last), for
     * its worst case: at least as long as any attempt's answers, whether or not one draws it.
     */
    heldAtMost(block: B): readonly Answerable[];
    /**
     * What its retake does, in the learner's words, for the results' "Try again": `answers` is
     * how many answers the retake clears in all.
     */
    retakeWording(answers: number): string;
    /** Where an item is taught, for "modules to revisit": a module, a heading in it, its words. */
    lessonOf?(
      block: B,
      itemId: string,
    ): { moduleId: string; heading?: string; text: string } | undefined;
  };
  /**
   * The element for the block; it asks the player around it for the session (context) if it needs
   * one. A kind outside the player's core imports its element here, so the element is a file of
   * its own, fetched the first time a page shows one.
   */
  render(block: B): TemplateResult;
}

/** Rules for a kind that only shows something: it asks nothing and saves nothing. */
export const showsOnly = {
  answerables: () => [],
  task: () => "none",
} as const satisfies Omit<RunKind<Block>, "render">;
