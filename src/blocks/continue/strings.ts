/** The words a learner reads on a section break. */
export const continueStrings = {
  /** The button's name when the author gives no label. */
  continue: "Continue",
};
