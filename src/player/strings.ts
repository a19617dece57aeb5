/**
 * Every interface string of the course shell in one place, so the course can be translated
 * without touching components. Course content comes from the course folder, not from here. The
 * strings of elements the player fetches only when shown are beside them (`*.strings.ts`, and
 * `strings.ts` in each block's folder), so learners do not download them before they need them.
 * The words the core blocks share with the shell are in src/kit/strings.ts, and here too.
 */
import { blockStrings } from "../kit/strings.js";

export const strings = {
  ...blockStrings,
  skipToContent: "Skip to content",
  courseMenu: "Course menu",
  menuButton: "Menu",
  version: (v: string) => `Version ${v}`,
  progressLabel: "Course progress",
  /** "40% complete": the number alone on phones, where "complete" is read but not shown. */
  progressPercent: (percent: number) => `${percent}%`,
  progressDone: "complete",
  moduleOf: (n: number, total: number) => `Module ${n} of ${total}`,
  pageOf: (n: number, total: number) => `Page ${n} of ${total}`,
  /** The same, after a comma in a list of details ("you are here, page 2 of 4"). */
  pageOfInList: (n: number, total: number) => `page ${n} of ${total}`,
  leavingTitle: (n: number) =>
    n === 1
      ? "1 question on this page is not answered yet"
      : `${n} questions on this page are not answered yet`,
  leaving:
    "You can answer now, or go on and come back to it later: the menu shows what is left to answer.",
  leavingStay: "Answer now",
  leavingGo: "Go on anyway",
  moduleState: {
    "not-started": "not started",
    "in-progress": "in progress",
    done: "done",
  } as const,
  currentModule: "you are here",
  toAnswer: (n: number) => (n === 1 ? "1 question to answer" : `${n} questions to answer`),
  pagerLabel: "Previous and next page",
  previousModule: (title: string) => `Previous: ${title}`,
  nextModule: (title: string) => `Next: ${title}`,
  pageTitle: (module: string, course: string) => `${module} · ${course}`,
  /**
   * The course's own promise (Welcome) that learners can leave and come back to where they left
   * off, and what it says instead where this browser keeps nothing.
   */
  resumePromise: /\band\s+come\s+back\s+to\s+where\s+you\s+left\s+off\b/g,
  resumeLost:
    "but this browser does not let the course keep your progress: you will start again when you come back",
  takeBreak: "Take a break",
  support: "Support",
  backFromSupport: "Back to where I was",
  saveState: {
    saved: "Progress saved",
    saving: "Saving…",
    unsaved: "Not saved: the learning system is not answering. We will keep trying.",
    local: "Not connected to a learning system: progress is saved in this browser only.",
    review: "Review only: nothing you do now is recorded.",
    memory:
      "Not saved: this browser does not let the course keep your progress, so it will be lost when you close this page.",
  } as const,
  contentWarningTitle: "Content warning",
  contentWarningContinue: "I understand, show the content",
  recordActionsTitle: "Your record of learning",
  recordActionsExplain:
    "Print a record of this course for your supervision or CPD file, or save it as a PDF: it holds your result and your reflections.",
  print: "Print or save as PDF",
  courseErrorTitle: "This course could not start",
  courseError:
    "Please tell whoever sent it to you: something in the course or this browser stopped it.",
  fetchingModule: (title: string) => `Loading “${title}”…`,
  fetchFailed: (title: string) =>
    `“${title}” could not be loaded. Check your connection, then try again.`,
} as const;
