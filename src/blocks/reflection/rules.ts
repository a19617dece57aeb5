/** The reflection's pure rules: the prompts a course asks the learner to answer in words. */
import type { Course } from "../../course/model.js";
import type { ReflectionPrompt } from "./model.js";

/** Every reflection prompt in course order. */
export function reflectionPromptsOf(course: Course): ReflectionPrompt[] {
  return course.modules.flatMap((m) =>
    m.blocks.flatMap((b) => (b.kind === "reflection" ? b.prompts : [])),
  );
}
