/** The reveal block: content the learner opens on demand, under a line that says what it holds. */
export interface RevealBlock {
  kind: "reveal";
  /** What the learner presses to open it (plain text). */
  summary: string;
  /** Sanitized HTML. */
  html: string;
}

declare module "../../course/model.js" {
  interface BlockKinds {
    reveal: RevealBlock;
  }
}
