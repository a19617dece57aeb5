/**
 * A section break: the page goes on below a Continue button (Rise's "continue" divider), so a
 * learner meets one short section at a time and a knowledge check sits right after what it tests.
 * A page holds one or more sections; module-page splits a page at its breaks.
 */
export interface ContinueBlock {
  kind: "continue";
  /** The button's words when the author gives them (plain text); else "Continue". */
  label?: string;
}

declare module "../../course/model.js" {
  interface BlockKinds {
    continue: ContinueBlock;
  }
}
