/**
 * Every item of a course that an LMS records an answer for, in course order, with the ids an LMS
 * shows: the one list the answer key, the published record and the learner report are built from.
 *
 * An item is an answerable of a kind's rules (a question, each decision of a walked case, an
 * ordering question: one interaction each) with the words its build-time definition gives; a new
 * kind that reports interactions supplies both in its own folder, and nothing here changes.
 */

import { decodeHTML } from "entities";
import type { ItemOption } from "../../blocks/build-kind.js";
import { buildKindOf } from "../../blocks/build-kinds.js";
import { kindOf } from "../../blocks/rules.js";
import type { Course } from "../../course/model.js";
import type { ResponseType } from "../../kit/response.js";
import { fallbackIdOf } from "../../lms/identifier.js";

/** An id as authored, and the form LMSs that refuse hyphens (Forma LMS) receive instead. */
export interface LmsId {
  authored: string;
  fallback: string;
}

export interface ScoredOption extends ItemOption {
  /** The option's words as plain text. */
  text: string;
}

export interface ScoredItem {
  id: LmsId;
  /** What kind of answer this is, in words a training lead uses ("single choice", "decision", "ordering"…). */
  kind: string;
  /** What the published record keeps as its kind ("single", "multiple", "scenario", "ordering"). */
  recordKind: string;
  /** How its response is judged: a set of options (choice), or steps in order (sequencing). */
  type: ResponseType;
  /** The right response: the right options, every step in the right order, or each card's group. */
  correct: readonly string[];
  /** Every part a response may hold: the options, the steps, or a matching's groups. */
  parts: readonly string[];
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
  /** Said once for the whole item, after it is checked (sanitized HTML). */
  feedbackHtml?: string;
  /** The decision point this item is one variant of (a final assessment's bank). */
  point?: string;
}

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
      const texts = new Map((buildKindOf(b).itemTexts?.(b) ?? []).map((t) => [t.id, t]));
      for (const a of kindOf(b).answerables(b)) {
        const text = texts.get(a.id);
        // A kind that lists an answerable gives its words; the kinds' tests hold them to it.
        if (!text) throw new Error(`the ${b.kind} block gives no words for its item "${a.id}"`);
        const theme = course.themes.find((t) => t.id === a.theme);
        items.push({
          ...text,
          id: lmsIdOf(a.id),
          type: a.type,
          correct: a.correct,
          parts: a.parts,
          scored: a.scored,
          weighting: a.scored ? a.weighting : 0,
          module,
          theme: { id: lmsIdOf(a.theme), title: theme?.title ?? a.theme },
          options: text.options.map((o) => ({ ...o, text: textOf(o.html) })),
        });
      }
    }
  }
  return items;
}
