/**
 * What a kind's build-time definition (`src/blocks/<kind>/build.ts`) gives the compiler and the
 * tools: its loader, its outline, its share of the reading time, its plain-HTML baseline and the
 * words of what it asks, for the answer key, the published record and the training leads' report.
 * Node only: nothing here or in a kind's build.ts ships to the learner.
 */
import type { Block } from "../course/model.js";
import type { BlockLoader } from "../loading/load-context.js";

/** What a learner reads and does in a block, for the course's reading-time figure. */
export interface Reading {
  words: number;
  /** Questions weighed (a question, an ordering question): a set time each. */
  questions?: number;
  /** Decisions of a walked case: a set time each. */
  decisions?: number;
  /** Prompts to answer in words: a set time each. */
  reflections?: number;
}

export interface ItemOption {
  /** One character; the same in every LMS. */
  id: string;
  /** Sanitized inline HTML, as the learner saw it. */
  html: string;
  /** Part of the right answer (for a sequence: every step is). */
  correct: boolean;
  /** For a sequence: the step's place (1-based) in the right order. */
  place?: number;
  /** For a sort (matching): the label of the group the card belongs in. */
  group?: string;
  feedbackHtml: string;
  /** What happens next in the case when this is chosen. */
  consequenceHtml?: string;
}

/** The words of one answerable (same id), as the answer key and the report show them. */
export interface ItemText {
  id: string;
  /** In the words a training lead uses: "single choice", "multiple choice", "decision", "ordering". */
  kind: string;
  /**
   * What the published record keeps as the item's kind: a change of it between versions is a
   * change a learner's saved answer may not survive ("single", "multiple", "scenario", "ordering").
   */
  recordKind: string;
  /**
   * The decision point this item is one variant of (the final assessment's bank), so reports can
   * count the variants of one decision together as well as apart.
   */
  point?: string;
  /** Scene-setting shown above it (sanitized HTML). */
  scenarioHtml?: string;
  promptHtml: string;
  promptText: string;
  options: ItemOption[];
  /** Said once for the whole item, after it is checked (sanitized HTML). */
  feedbackHtml?: string;
}

/** A kind at build time. */
export interface BuildKind<B extends Block> {
  /** Reads the fenced block an author writes (```callout); prose, which is not fenced, has none. */
  load?: BlockLoader<B>;
  /**
   * The block without what only its page shows (text, feedback, images): the player starts with
   * every module's outline and fetches a module's full blocks to show it. Keep every id, option,
   * right answer, page break and plain-text stem, so every rule answers the same on the outline.
   */
  outline(block: B): B;
  reading(block: B): Reading;
  /** The block as plain HTML, for the benchmark's no-script baseline page. */
  baselineHtml(block: B): string;
  /** The words of each answerable the kind's rules list, in the same order. */
  itemTexts?(block: B): ItemText[];
}

/** Plain words in a piece of sanitized HTML (tags and entities are not words). */
export function wordsIn(html: string | undefined): number {
  if (!html) return 0;
  const text = html
    .replace(/<[^>]*>/g, " ")
    .replace(/&[a-z#0-9]+;/gi, " ")
    .trim();
  return text ? text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length : 0;
}

/** A kind an author writes as a fenced block: it has a loader. */
export type FencedBuildKind<B extends Block> = BuildKind<B> & { load: BlockLoader<B> };
