/** The words a learner reads on figures. */
export const figureStrings = {
  longDescription: "Describe this image in full",
};
