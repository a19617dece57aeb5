/** The words a learner reads on a steps block (fetched with its element, only when one is shown). */
export const stepsStrings = {
  /** The block's name for a screen reader when the author gives it no title. */
  untitled: "Steps",
  position: (n: number, of: number) => `Step ${n} of ${of}`,
  previous: "Previous step",
  next: "Next step",
  showAll: "Show all steps",
  showOne: "Show one step at a time",
};
