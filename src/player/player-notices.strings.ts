/** The words of <player-notices> (fetched only when one of its notices shows, so a learner who
 * sees none never downloads them). See strings.ts. */
export const noticeStrings = {
  reviewTitle: "You are looking back at a finished attempt",
  review:
    "Your answers, result and reflections are shown as your learning system recorded them, and nothing you do now changes them. To take the course again, go back to the course page in your learning system and start a new attempt there (many systems have a “Start a new attempt” option).",
  browseTitle: "This visit is not recorded",
  browse:
    "Your learning system opened the course to look through only (browse mode, or without credit): nothing you do now is recorded. To take the course for your record, open it normally from your learning system.",
  passMarkTitle: "Pass mark",
  passMarkFromLms: (lms: number, course: number) =>
    `Your learning system sets the pass mark for this course at ${lms}%, so that is the mark that counts (the course itself says ${course}%).`,
  noLmsTitle: "Not connected to a learning system",
  noLms:
    "This course is not connected to a learning system, so your progress is kept in this browser only and will not be reported.",
  noLmsMemory:
    "This course is not connected to a learning system, and this browser does not let it keep your progress either: it will be lost when you close this page, and nothing will be reported.",
  welcomeBackTitle: "Welcome back",
  welcomeBack: (title: string) =>
    `Your progress has been saved. You are back at “${title}”, where you left off.`,
  goToStart: "Go to the start of the course",
} as const;
