/** The words a learner reads on questions that the player's shared strings do not hold. */
export const questionStrings = {
  whyEach: "Why each option is or is not right",
  right: "Right",
  notRight: "Not right",
};
