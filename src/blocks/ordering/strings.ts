/** The ordering question's words: they load with its element, the first time a page shows one. */
export const orderingStrings = {
  label: (scored: boolean) => (scored ? "Put in order" : "Put in order (practice, not scored)"),
  hint: "Move each step up or down until they are in the order you would take them, then check your answer.",
  stepsLabel: "Steps",
  moveUp: "Move up",
  moveDown: "Move down",
  /** Said after a move, so a screen reader user hears where the step went. */
  movedTo: (step: string, place: number, total: number) =>
    `“${step}” is now step ${place} of ${total}.`,
  atTop: (step: string) => `“${step}” is already first.`,
  atBottom: (step: string) => `“${step}” is already last.`,
  inPlace: (n: number, total: number) =>
    n === 1
      ? `1 of ${total} steps is in its right place.`
      : `${n} of ${total} steps are in their right place.`,
  rightPlace: "Right place",
  belongsAt: (place: number) => `Belongs at step ${place}`,
  rightOrder: "The right order",
  whyThisOrder: "Why this order",
} as const;
