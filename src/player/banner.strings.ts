/** The words of a lesson's banner (lesson-banner.ts), fetched with it. */
export const bannerStrings = {
  /** Said before the module's one line on why it matters. */
  why: "Why this matters",
} as const;
