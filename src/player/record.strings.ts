/**
 * The words of the completion record and the name field for it (both fetched only when shown).
 * See strings.ts.
 */
export const recordStrings = {
  minutes: (n: number) => `${n} minutes`,
  recordTitle: "Record of learning",
  recordLearner: "Learner",
  recordNameLabel: "Your name, for your record",
  recordNameHint:
    "Kept in this browser only and never sent anywhere. Leave it empty to write your name on the printed page.",
  recordCompleted: "Date completed",
  recordNotCompleted: "Not yet completed",
  recordTimeSpent: "Time spent in the course",
  recordNotTimed: "Not recorded",
  recordId: "Record id",
  recordPrinted: (date: string) => `Printed on ${date}.`,
  recordSourceLink: "Read the source online",
  recordVersion: "Version",
  recordPublisher: "Published by",
  recordPartnership: "Local safeguarding partnership",
  recordProcedures: "Local child protection procedures",
  recordTime: "Estimated learning time",
  recordResult: "Result",
  recordPassed: (percent: number, passMark: number) =>
    `Passed: ${percent}% (pass mark ${passMark}%)`,
  recordNotPassed: (percent: number, passMark: number) =>
    `Not passed: ${percent}% (pass mark ${passMark}%)`,
  recordHeldPass: "Passed (recorded by the learning system)",
  recordUnfinished: (answered: number, total: number) =>
    `Not finished: ${answered} of ${total} scored questions answered`,
  recordNotComplete: (percent?: number) =>
    `Not finished: parts of the course are still to do${percent === undefined ? "" : ` (score so far ${percent}%)`}`,
  recordNoQuestions: "Completed (no scored questions)",
  recordThemes: "Themes",
  recordReflections: "Reflections",
  recordNoAnswer: "No answer written.",
} as const;
