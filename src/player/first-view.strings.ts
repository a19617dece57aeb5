/**
 * The words of the build's first screen that only the build writes (src/compiler/player-build/
 * prerender.ts): the player replaces them, so they are not in its bundle. See strings.ts.
 */
export const firstViewStrings = {
  /**
   * Shown (and announced politely) over the build's first screen until the player runs and has
   * read where the learner is: from the LMS, or in the web package from this browser.
   */
  findingPlace: "Finding your place…",
  findingPlaceHere: "Finding your place in this browser…",
};
