/**
 * The final assessment's words that ship with the player, apart from its element's (strings.ts,
 * fetched with the element): what its "Try again" does, which the results panel says.
 */
export const assessmentRetakeStrings = {
  retakeExplain: (n: number) =>
    `Trying again starts a new attempt at the final assessment, with other versions of its questions: your ${n} answers there are cleared. Your reflections and the rest of your progress are kept.`,
} as const;
