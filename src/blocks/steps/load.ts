/** Reads a ```steps block at build time: an id, an optional title and 2 to 10 titled steps, with file:line problems. */

import { type BlockLoader, readBlockYaml } from "../../loading/load-context.js";
import { renderBlock } from "../../loading/markdown.js";
import { FieldReader } from "../../loading/yaml-fields.js";
import type { ProcessStep, StepsBlock } from "./model.js";

const KEYS = ["id", "title", "steps"] as const;
const STEP_KEYS = ["title", "text"] as const;

/** One step is not a process; more than ten is too many to step through one at a time. */
export const MIN_STEPS = 2;
export const MAX_STEPS = 10;

/**
 * What the FieldReader calls a step: also the place `src/loading/limits.ts` keys the step
 * title's shorter limit by (60 characters, so "Step 10 of 10" and the title fit a phone's line
 * or two).
 */
export const STEP_PLACE = "a step of this process";

export const loadSteps: BlockLoader<StepsBlock> = (text, fenceLine, ctx) => {
  const parsed = readBlockYaml("steps", text, fenceLine, ctx);
  if (!parsed) return undefined;
  const { root, source } = parsed;
  const before = ctx.problems.length;
  const r = new FieldReader(root, source, "this steps block", ctx.problems, KEYS);
  if (!r.ok) return undefined;
  const id = r.text("id");
  const claimed = ctx.ids.claim(id, "steps", ctx.file, r.lineOfKey("id"));
  const title = r.text("title", false);
  const steps: ProcessStep[] = [];
  const list = r.list("steps");
  if (list) {
    const seen = new Map<string, number>();
    for (const node of list.items) {
      const s = new FieldReader(node, source, STEP_PLACE, ctx.problems, STEP_KEYS);
      if (!s.ok) continue;
      const stepTitle = s.text("title");
      const body = s.text("text");
      s.finish();
      if (stepTitle !== undefined) {
        const key = stepTitle.toLowerCase();
        const first = seen.get(key);
        if (first !== undefined) {
          s.problem(
            s.lineOfKey("title"),
            `the step title "${stepTitle}" is also step ${first}'s: give each step a title of its own`,
          );
        } else seen.set(key, steps.length + 1);
      }
      steps.push({ title: stepTitle ?? "", html: renderBlock(body ?? "") });
    }
    if (steps.length < MIN_STEPS || steps.length > MAX_STEPS) {
      r.problem(
        r.lineOfKey("steps"),
        `a steps block has ${MIN_STEPS} to ${MAX_STEPS} steps; this one has ${steps.length}`,
      );
    }
  }
  r.finish();
  if (ctx.problems.length > before || !claimed || !list) return undefined;
  return { kind: "steps", id, ...(title === undefined ? {} : { title }), steps };
};
