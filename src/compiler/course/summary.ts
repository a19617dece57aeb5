/** The one-line description of a checked course that ends a successful `npm run check`. */

import { reflectionPromptsOf } from "../../blocks/reflection/rules.js";
import type { Course } from "../../course/model.js";
import { scoredItemsOf } from "../answer-key/scored-items.js";
import { readingTime } from "./checks/reading-time.js";

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * "5 modules, 4 questions (3 scenarios), 2 reflections, 3 themes". How long the course takes is
 * left to the reading-time line that follows it, so a check's output gives one figure.
 */
export function courseSummary(course: Course): string {
  // Questions as each kind counts them for the reading time (a walked case counts decisions).
  const questions = readingTime(course).questions;
  const scenarios = scoredItemsOf(course).filter((item) => item.recordKind === "scenario").length;
  // Prompts, as the reading-time figure counts them: one block may hold several.
  const reflections = reflectionPromptsOf(course).length;
  const scenarioPart = scenarios > 0 ? ` (${count(scenarios, "scenario")})` : "";
  return [
    count(course.modules.length, "module"),
    `${count(questions, "question")}${scenarioPart}`,
    count(reflections, "reflection"),
    count(course.themes.length, "theme"),
  ].join(", ");
}
