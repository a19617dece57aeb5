/** The block that lists every term of the course glossary (glossary.yaml; the terms are the course model's). */
export type { GlossaryTerm } from "../../course/model.js";

/** Where the glossary page shows every term of the course. */
export interface GlossaryBlock {
  kind: "glossary";
}

declare module "../../course/model.js" {
  interface BlockKinds {
    glossary: GlossaryBlock;
  }
}
