/** The reflection block as the compiled course holds it: prompts the learner answers in words. */
export interface ReflectionPrompt {
  id: string;
  /** The prompt shown to the learner (plain text). */
  text: string;
  /** Longest answer, in characters; bounded so saved progress fits every LMS. */
  maxLength: number;
}

export interface ReflectionBlock {
  kind: "reflection";
  prompts: ReflectionPrompt[];
}

declare module "../../course/model.js" {
  interface BlockKinds {
    reflection: ReflectionBlock;
  }
}
