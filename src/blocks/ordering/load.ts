/** Reads an ```ordering block at build time: the question, its steps in the right order and why, with file:line problems. */

import { readChoices } from "../../loading/choices.js";
import { type BlockLoader, checkTheme, readBlockYaml } from "../../loading/load-context.js";
import { plainText, renderBlock, renderInline } from "../../loading/markdown.js";
import { FieldReader } from "../../loading/yaml-fields.js";
import type { OrderingBlock, OrderingStep } from "./model.js";

const KEYS = [
  "id",
  "theme",
  "scored",
  "weighting",
  "scenario",
  "question",
  "steps",
  "feedback",
] as const;
const STEP_KEYS = ["id", "text", "feedback"] as const;

/** Fewer is no ordering; more is hard to hold in mind and to move one place at a time on a phone. */
export const MIN_STEPS = 3;
export const MAX_STEPS = 8;

export const loadOrdering: BlockLoader<OrderingBlock> = (text, fenceLine, ctx) => {
  const parsed = readBlockYaml("ordering", text, fenceLine, ctx);
  if (!parsed) return undefined;
  const { root, source } = parsed;
  const before = ctx.problems.length;
  const r = new FieldReader(root, source, "this ordering question", ctx.problems, KEYS);
  if (!r.ok) return undefined;
  const id = r.text("id");
  const claimed = ctx.ids.claim(id, "ordering question", ctx.file, r.lineOfKey("id"));
  const theme = r.text("theme");
  if (theme !== undefined) checkTheme(theme, r.lineOfKey("theme"), ctx);
  const scored = r.boolean("scored", true);
  const weighting = r.number("weighting", { required: false, min: 1, max: 10, integer: true }) ?? 1;
  const scenario = r.text("scenario", false);
  const stem = r.text("question");
  const feedback = r.text("feedback");
  const list = r.list("steps");
  const steps: OrderingStep[] = readChoices(
    list?.items,
    source,
    ctx.problems,
    { noun: "step", within: "this question", keys: STEP_KEYS },
    (s, sid) => {
      const stepText = s.text("text");
      const why = s.text("feedback", false);
      return {
        id: sid ?? "",
        html: renderInline(stepText ?? ""),
        text: plainText(stepText ?? ""),
        ...(why === undefined ? {} : { feedbackHtml: renderBlock(why) }),
      };
    },
  );
  if (list) {
    if (steps.length < MIN_STEPS || steps.length > MAX_STEPS) {
      r.problem(
        r.lineOfKey("steps"),
        `an ordering question has ${MIN_STEPS} to ${MAX_STEPS} steps, written in the right order; this one has ${steps.length}`,
      );
    }
  }
  r.finish();
  if (ctx.problems.length > before || !claimed || !theme || !stem || !feedback) return undefined;
  return {
    kind: "ordering",
    id,
    theme,
    scored,
    weighting,
    ...(scenario === undefined ? {} : { scenarioHtml: renderBlock(scenario) }),
    stemHtml: renderBlock(stem),
    stemText: plainText(stem),
    steps,
    feedbackHtml: renderBlock(feedback),
  };
};
