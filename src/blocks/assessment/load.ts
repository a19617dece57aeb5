/**
 * Reads an ```assessment block at build time: its decision points and their variants, each item a
 * situation, a question and single-answer options with feedback, with file:line problems.
 */

import type { Node } from "yaml";
import { readChoices, requiredFeedback } from "../../loading/choices.js";
import {
  type BlockContext,
  type BlockLoader,
  checkTheme,
  readBlockYaml,
} from "../../loading/load-context.js";
import { plainText, renderBlock, renderInline } from "../../loading/markdown.js";
import { FieldReader, type YamlSource } from "../../loading/yaml-fields.js";
import type { AssessmentBlock, AssessmentItem, AssessmentOption, DecisionPoint } from "./model.js";

const KEYS = ["id", "per_theme", "points"] as const;
const POINT_KEYS = ["id", "theme", "lesson", "variants"] as const;
const ITEM_KEYS = ["id", "scenario", "question", "options"] as const;
const OPTION_KEYS = ["id", "text", "correct", "feedback"] as const;

/** Points drawn per theme when the author does not say: three, the fewest that tell a theme. */
export const DEFAULT_PER_THEME = 3;
/** An item the learner weighs in their head: at least three options, at most five. */
export const MIN_OPTIONS = 3;
export const MAX_OPTIONS = 5;
const POINT_ID = /^[a-z][a-z0-9-]{0,39}$/;

export const loadAssessment: BlockLoader<AssessmentBlock> = (text, fenceLine, ctx) => {
  const parsed = readBlockYaml("assessment", text, fenceLine, ctx);
  if (!parsed) return undefined;
  const { root, source } = parsed;
  const before = ctx.problems.length;
  const r = new FieldReader(root, source, "this assessment", ctx.problems, KEYS);
  if (!r.ok) return undefined;
  const id = r.text("id");
  const claimed = ctx.ids.claim(id, "assessment", ctx.file, r.lineOfKey("id"));
  const perTheme =
    r.number("per_theme", { required: false, min: 1, max: 20, integer: true }) ?? DEFAULT_PER_THEME;
  const points: DecisionPoint[] = [];
  const pointIds = new Set<string>();
  const list = r.list("points");
  for (const node of list?.items ?? []) {
    const p = new FieldReader(node, source, "this decision point", ctx.problems, POINT_KEYS);
    if (!p.ok) continue;
    const pid = p.text("id");
    if (pid !== undefined) {
      if (!POINT_ID.test(pid)) {
        p.problem(
          p.lineOfKey("id"),
          `the decision point id "${pid}" should be lowercase letters, digits and hyphens, starting with a letter, like bail-as-plan`,
        );
      } else if (pointIds.has(pid)) {
        p.problem(p.lineOfKey("id"), `the decision point id "${pid}" is used twice`);
      }
      pointIds.add(pid);
    }
    const theme = p.text("theme");
    if (theme !== undefined) checkTheme(theme, p.lineOfKey("theme"), ctx);
    const lesson = p.text("lesson", false);
    const variants: AssessmentItem[] = [];
    for (const vnode of p.list("variants")?.items ?? []) {
      const item = readItem(vnode, source, ctx);
      if (item) variants.push(item);
    }
    p.finish();
    if (pid && theme && variants.length > 0) {
      points.push({
        id: pid,
        theme,
        ...(lesson === undefined ? {} : { lessonHtml: renderInline(lesson) }),
        variants,
      });
    }
  }
  if (list && list.items.length === 0) {
    r.problem(list.line, "an assessment needs at least one decision point");
  }
  r.finish();
  if (ctx.problems.length > before || !claimed) return undefined;
  return { kind: "assessment", id, perTheme, points };
};

function readItem(node: Node, source: YamlSource, ctx: BlockContext): AssessmentItem | undefined {
  const v = new FieldReader(node, source, "this variant", ctx.problems, ITEM_KEYS);
  if (!v.ok) return undefined;
  const id = v.text("id");
  const claimed = ctx.ids.claim(id, "assessment item", ctx.file, v.lineOfKey("id"));
  const scenario = v.text("scenario");
  const stem = v.text("question");
  const list = v.list("options");
  const options: AssessmentOption[] = readChoices(
    list?.items,
    source,
    ctx.problems,
    { noun: "option", within: "this item", keys: OPTION_KEYS },
    (o, oid) => {
      const optionText = o.text("text");
      const correct = o.boolean("correct", false);
      const feedback = requiredFeedback(
        o,
        oid,
        "say why it is or is not the best next step, as the learner reads it after submitting",
      );
      return {
        id: oid ?? "",
        html: renderInline(optionText ?? ""),
        correct,
        feedbackHtml: renderBlock(feedback ?? ""),
      };
    },
  );
  if (list) {
    const right = options.filter((o) => o.correct).length;
    if (options.length < MIN_OPTIONS || options.length > MAX_OPTIONS) {
      v.problem(
        list.line,
        `an assessment item has ${MIN_OPTIONS} to ${MAX_OPTIONS} options; this one has ${options.length}`,
      );
    } else if (right !== 1) {
      v.problem(
        list.line,
        `an assessment item has one best option, marked "correct: true"; this one has ${right}`,
      );
    }
  }
  v.finish();
  if (!claimed || !scenario || !stem || !list) return undefined;
  return {
    id,
    scenarioHtml: renderBlock(scenario),
    stemHtml: renderBlock(stem),
    stemText: plainText(stem),
    options,
  };
}
