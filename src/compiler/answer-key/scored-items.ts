/**
 * Every item of a course that an LMS records an answer for, in course order, with the ids an LMS
 * shows: the one list the answer key and the learner report are both built from.
 *
 * An item is a question, or a decision of a branching scenario (one interaction each). A new
 * kind that reports interactions adds one branch to `scoredItemsOf` and nothing else: the answer
 * key and the report read only `ScoredItem`.
 */

import { decodeHTML } from "entities";
import { decisionId, decisionsOf } from "../../blocks/branching/rules.js";
import type { Course, Question } from "../../course/model.js";
import { fallbackIdOf } from "../../lms/identifier.js";

/** An id as authored, and the form LMSs that refuse hyphens (Forma LMS) receive instead. */
export interface LmsId {
  authored: string;
  fallback: string;
}

export interface ScoredOption {
  /** One character; the same in every LMS. */
  id: string;
  /** Sanitized inline HTML, as the learner saw it. */
  html: string;
  text: string;
  correct: boolean;
  feedbackHtml: string;
  consequenceHtml?: string;
}

export interface ScoredItem {
  id: LmsId;
  /** What kind of answer this is, in words a training lead uses. */
  kind: "single choice" | "multiple choice" | "decision";
  /** Counts towards the score; knowledge checks are recorded with weighting 0. */
  scored: boolean;
  weighting: number;
  module: { id: string; title: string };
  theme: { id: LmsId; title: string };
  /** Scene-setting shown above the question (sanitized HTML). */
  scenarioHtml?: string;
  promptHtml: string;
  promptText: string;
  options: ScoredOption[];
}

const KIND: Record<Question["kind"], ScoredItem["kind"]> = {
  single: "single choice",
  multiple: "multiple choice",
  scenario: "decision",
};

export const lmsIdOf = (id: string): LmsId => ({ authored: id, fallback: fallbackIdOf(id) });

/**
 * Plain text of sanitized inline HTML, for charts, tables and search. Tags go first, so an
 * escaped `&lt;b&gt;` stays text; every entity, named or numeric, is then decoded as a browser
 * would, and a no-break space is folded into the single spaces with the rest.
 */
export function textOf(html: string): string {
  return decodeHTML(html.replace(/<[^>]*>/g, ""))
    .replace(/\s+/g, " ")
    .trim();
}

export function scoredItemsOf(course: Course): ScoredItem[] {
  const items: ScoredItem[] = [];
  for (const m of course.modules) {
    const module = { id: m.id, title: m.title };
    for (const b of m.blocks) {
      if (b.kind === "question") items.push(questionItem(course, module, b.question));
      // A branching scenario reports each decision as its own interaction.
      if (b.kind === "branching") {
        for (const q of decisionsOf(b)) {
          const scene = b.scenes.find((s) => decisionId(b, s) === q.id);
          items.push({
            ...questionItem(course, module, q),
            kind: "decision",
            scenarioHtml: scene?.html,
          });
        }
      }
    }
  }
  return items;
}

function questionItem(course: Course, module: ScoredItem["module"], q: Question): ScoredItem {
  const theme = course.themes.find((t) => t.id === q.theme);
  return {
    id: lmsIdOf(q.id),
    kind: KIND[q.kind],
    scored: q.scored,
    weighting: q.scored ? q.weighting : 0,
    module,
    theme: { id: lmsIdOf(q.theme), title: theme?.title ?? q.theme },
    scenarioHtml: q.scenarioHtml,
    promptHtml: q.stemHtml,
    promptText: q.stemText,
    options: q.options.map((o) => ({
      id: o.id,
      html: o.html,
      text: textOf(o.html),
      correct: o.correct,
      feedbackHtml: o.feedbackHtml,
      consequenceHtml: o.consequenceHtml,
    })),
  };
}
