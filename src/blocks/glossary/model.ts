/** The course glossary: terms defined once in glossary.yaml, and the block that lists them all. */
export interface GlossaryTerm {
  /** Made from the term's words ("child in need" → "child-in-need"); what marked text refers to. */
  id: string;
  /** The term as the glossary lists it. */
  term: string;
  /** The definition (sanitized inline HTML). */
  html: string;
}

/** Where the glossary page shows every term of the course. */
export interface GlossaryBlock {
  kind: "glossary";
}
