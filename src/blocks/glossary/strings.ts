/** The words a learner reads in the glossary. */
export const glossaryStrings = {
  title: "Glossary",
  intro: "The terms this course uses, and what they mean.",
  definitionOf: (term: string) => `What "${term}" means`,
};
