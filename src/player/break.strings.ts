/** The words of the take-a-break screen (fetched only when shown, so a learner who never takes a
 * break never downloads them). See strings.ts. */
export const breakStrings = {
  /** The window's title while the break screen shows. */
  breakPageTitle: (course: string) => `Taking a break · ${course}`,
  takeBreakTitle: "Your progress is saved",
  returnToCourse: "Return to the course",
  /** The course has a window of its own (the LMS opened it, or it is the web version). */
  takeBreakDone:
    "You can close this window now. When you come back you will continue where you left off.",
  /** The course sits inside the LMS's page: closing the window would close the LMS too. */
  takeBreakInFrame:
    "To leave, use your learning system’s own exit or back link, outside this course. When you come back you will continue where you left off.",
  takeBreakReviewTitle: "Your recorded result has not changed",
  takeBreakLocal:
    "Your progress is saved in this browser only. Come back in the same browser to continue where you left off.",
  takeBreakUnsavedTitle: "Your latest progress may not be saved",
  takeBreakMemoryTitle: "Your progress is not saved",
  takeBreakMemory:
    "This browser does not let the course keep your progress (its storage is blocked or full), so if you close this page you will start again. Keep this page open to continue, or ask whoever sent you the course for a version in your learning system.",
  takeBreakUnsaved:
    "The learning system did not answer when we tried to save. When you come back you may need to repeat the last few steps.",
} as const;
