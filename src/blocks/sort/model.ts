/**
 * The sort as the compiled course holds it: cards the learner puts, each, in one of two or three
 * groups (for example "what the parent told you" and "what was checked with another source").
 * Reported as a SCORM `matching` interaction: `card.group` pairs.
 */

export interface SortGroup {
  /** One character, unique within its sort; the same in every LMS. */
  id: string;
  /** Inline HTML (sanitized). */
  html: string;
  /** Plain text, for a verdict said in words. */
  text: string;
}

export interface SortCard {
  /** One character, unique within its sort; the same in every LMS. */
  id: string;
  /** Inline HTML (sanitized). */
  html: string;
  /** Plain text, the name of the card's group of choices. */
  text: string;
  /** The id of the group it belongs in. */
  group: string;
  /** Why it belongs there (sanitized HTML), shown once the answer is final. */
  feedbackHtml?: string;
}

export interface SortBlock {
  kind: "sort";
  id: string;
  theme: string;
  /** Counts towards the score; an unscored one is practice. */
  scored: boolean;
  weighting: number;
  /** What to sort (sanitized HTML). */
  stemHtml: string;
  /** Plain-text stem, the interaction's description. */
  stemText: string;
  /** The groups, in the author's order: every card offers them in this order. */
  groups: SortGroup[];
  /** The cards, in the author's order (the order they are shown and recorded in). */
  cards: SortCard[];
  /** What the sort shows (sanitized HTML), shown with the verdict once it is final. */
  feedbackHtml: string;
}

declare module "../../course/model.js" {
  interface BlockKinds {
    sort: SortBlock;
  }
}
