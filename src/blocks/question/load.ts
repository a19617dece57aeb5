/** Reads a ```question block at build time: its settings, options and feedback, checked with file:line problems. */

import { readChoices, requiredFeedback } from "../../loading/choices.js";
import { type BlockLoader, checkTheme, readBlockYaml } from "../../loading/load-context.js";
import { plainText, renderBlock, renderInline } from "../../loading/markdown.js";
import { FieldReader } from "../../loading/yaml-fields.js";
import type { Option, Question, QuestionBlock, QuestionKind } from "./model.js";

const QUESTION_KEYS = [
  "id",
  "type",
  "theme",
  "scored",
  "weighting",
  "scenario",
  "question",
  "options",
  "shuffle",
] as const;
const OPTION_KEYS = ["id", "text", "correct", "feedback", "consequence"] as const;
const QUESTION_TYPES: readonly QuestionKind[] = ["single", "multiple", "scenario"];

export const loadQuestion: BlockLoader<QuestionBlock> = (text, fenceLine, ctx) => {
  const parsed = readBlockYaml("question", text, fenceLine, ctx);
  if (!parsed) return undefined;
  const { root, source } = parsed;
  const before = ctx.problems.length;
  const r = new FieldReader(root, source, "this question", ctx.problems, QUESTION_KEYS);
  if (!r.ok) return undefined;
  const id = r.text("id");
  const claimed = ctx.ids.claim(id, "question", ctx.file, r.lineOfKey("id"));
  const kind = r.choice("type", QUESTION_TYPES);
  const theme = r.text("theme");
  if (theme !== undefined) checkTheme(theme, r.lineOfKey("theme"), ctx);
  const scored = r.boolean("scored", true);
  const weighting = r.number("weighting", { required: false, min: 1, max: 10, integer: true }) ?? 1;
  const scenario = r.text("scenario", false);
  const shuffle = r.boolean("shuffle", false);
  const stem = r.text("question");
  const list = r.list("options");
  const options: Option[] = readChoices(
    list?.items,
    source,
    ctx.problems,
    { noun: "option", within: "this question", keys: OPTION_KEYS },
    (o, oid) => {
      const optionText = o.text("text");
      const correct = o.boolean("correct", false);
      const feedback = requiredFeedback(o, oid, "say why it is or is not right");
      const consequence = o.text("consequence", false);
      if (kind === "scenario" && consequence === undefined) {
        o.problem(
          o.line,
          `option "${oid ?? "?"}" has no consequence: a scenario question says what happens next after each choice`,
        );
      }
      if (kind !== "scenario" && consequence !== undefined) {
        o.problem(
          o.lineOfKey("consequence"),
          `only scenario questions show a consequence: make this question "type: scenario" or remove it`,
        );
      }
      return {
        id: oid ?? "",
        html: renderInline(optionText ?? ""),
        correct,
        feedbackHtml: renderBlock(feedback ?? ""),
        consequenceHtml: consequence === undefined ? undefined : renderBlock(consequence),
      };
    },
  );
  if (list) {
    const correctCount = options.filter((o) => o.correct).length;
    if (options.length < 2) {
      r.problem(list.line, "a question needs at least two options");
    } else if (correctCount === 0) {
      r.problem(r.line, `question "${id}" has no correct option: mark one with "correct: true"`);
    } else if (correctCount > 1 && kind !== "multiple") {
      r.problem(
        r.line,
        `question "${id}" is a single-answer question but has ${correctCount} correct options: mark just one correct, or make it "type: multiple"`,
      );
    }
  }
  if (stem && /\ball that apply\b/i.test(stem)) {
    r.problem(
      r.lineOfKey("question"),
      `the question says "all that apply", which the course already says under every multiple-answer question ("Choose all that apply."): take it out of the question, or learners hear it twice`,
    );
  }
  r.finish();
  if (ctx.problems.length > before || !claimed || !kind || !theme || !stem) return undefined;
  const question: Question = {
    id,
    kind,
    theme,
    scored,
    weighting,
    scenarioHtml: scenario === undefined ? undefined : renderBlock(scenario),
    stemHtml: renderBlock(stem),
    stemText: plainText(stem),
    options,
    // Only when asked for: the compiled course of an unshuffled question stays as it was.
    ...(shuffle ? { shuffle } : {}),
  };
  return { kind: "question", question };
};
