/**
 * What the results ask of kinds whose items depend on the attempt (the final assessment): where
 * an item is taught and what "Try again" does. Registry lookups like those of rules.ts, in a file
 * of their own because only the results read them: they load with the results, not with the
 * player at start.
 */
import type { Block, Course } from "../course/model.js";
import type { Answerable } from "../kit/response.js";
import { kindOf } from "./rules.js";

/**
 * Where a scored item is taught, when its kind says (a final assessment's item: the lesson
 * section it is a variant of), for "modules to revisit"; undefined for an item taught where it is.
 */
export function taughtIn(block: Block, itemId: string) {
  return kindOf(block).attempt?.lessonOf?.(block, itemId);
}

/**
 * What "Try again" does to `items`, in the words of a kind that takes its own retake (a block
 * drawn per attempt holding one of them starts a new attempt); undefined when it only clears them.
 */
export function retakeWordingOf(course: Course, items: readonly Answerable[]): string | undefined {
  const ids = new Set(items.map((a) => a.id));
  for (const b of course.modules.flatMap((m) => m.blocks)) {
    const attempt = kindOf(b).attempt;
    if (
      attempt &&
      kindOf(b)
        .answerables(b)
        .some((a) => ids.has(a.id))
    ) {
      return attempt.retakeWording(items.length);
    }
  }
  return undefined;
}
