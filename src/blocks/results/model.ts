/** The results block: where the learner sees their score and what to revisit. */
export interface ResultsBlock {
  kind: "results";
}

declare module "../../course/model.js" {
  interface BlockKinds {
    results: ResultsBlock;
  }
}
