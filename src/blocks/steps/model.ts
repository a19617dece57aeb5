/**
 * The steps block: a process shown one step at a time (the escalation route), with every step
 * in the page for print, for a learner who asks to see them all, and before scripts have run.
 * It asks nothing and saves nothing.
 */
export interface ProcessStep {
  /** The step's title (plain text), said after its place: "Step 2 of 4". */
  title: string;
  /** Sanitized HTML. */
  html: string;
}

export interface StepsBlock {
  kind: "steps";
  /** Unique in the course; names the block's elements. */
  id: string;
  /** The process's heading, when the author gives one (plain text). */
  title?: string;
  /** In the author's order. */
  steps: ProcessStep[];
}

declare module "../../course/model.js" {
  interface BlockKinds {
    steps: StepsBlock;
  }
}
