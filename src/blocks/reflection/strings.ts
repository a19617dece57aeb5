/** The words a learner reads on reflections (fetched with the reflection, only when one is shown). */
export const reflectionStrings = {
  reflectionSaved: "Your answers are saved with your progress as you type.",
  characters: (n: number, max: number) => `${n} of ${max} characters`,
  charactersLeft: (n: number) =>
    n === 0
      ? "You have reached the limit."
      : n === 1
        ? "1 character left."
        : `${n} characters left.`,
};
