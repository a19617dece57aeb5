/**
 * Reads the lists of one-character items a block offers (a question's options, an ordering
 * question's steps, a sort's groups and cards, an assessment item's options): each a map whose
 * id is one lowercase letter or digit, unique in its list, since a saved answer is a string of
 * these ids. One reader, so every kind says the same thing about the same slip.
 */
import type { Node } from "yaml";
import { OPTION_ID_PATTERN } from "../course/model.js";
import type { CourseProblem } from "./problems.js";
import { FieldReader, type YamlSource } from "./yaml-fields.js";

export interface ChoiceList {
  /** What each item is called in problems: "option", "step", "group", "card". */
  noun: string;
  /** The block an id is unique in, as problems say it: "this question", "this sort". */
  within: string;
  /** The keys an item may have, id among them. */
  keys: readonly string[];
}

/**
 * Each item of `items` that is a map, read by `read` after its id is checked (the id is
 * undefined when missing; problems are reported, and the item is still read, so every problem
 * of a list shows at once). Unknown keys are reported after `read`, as each reader's `finish`.
 */
export function readChoices<T>(
  items: readonly Node[] | undefined,
  source: YamlSource,
  problems: CourseProblem[],
  list: ChoiceList,
  read: (item: FieldReader, id: string | undefined) => T,
): T[] {
  const out: T[] = [];
  const seen = new Set<string>();
  for (const node of items ?? []) {
    const f = new FieldReader(node, source, `this ${list.noun}`, problems, list.keys);
    if (!f.ok) continue;
    const id = f.text("id");
    if (id !== undefined) {
      if (!OPTION_ID_PATTERN.test(id)) {
        f.problem(
          f.lineOfKey("id"),
          `the ${list.noun} id "${id}" should be one lowercase letter or digit, like a`,
        );
      } else if (seen.has(id)) {
        f.problem(f.lineOfKey("id"), `the ${list.noun} id "${id}" is used twice in ${list.within}`);
      }
      seen.add(id);
    }
    const item = read(f, id);
    f.finish();
    out.push(item);
  }
  return out;
}

/** An option's feedback, which every option must have: the learner reads it after answering. */
export function requiredFeedback(
  f: FieldReader,
  id: string | undefined,
  why: string,
): string | undefined {
  const feedback = f.text("feedback", false);
  if (feedback === undefined) f.problem(f.line, `option "${id ?? "?"}" has no feedback: ${why}`);
  return feedback;
}
