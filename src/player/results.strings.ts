/**
 * The words of the results panel and the completion record (both fetched only when shown): the
 * score and pass, the scores by theme, what to revisit and the retake. See strings.ts.
 */
export const resultsStrings = {
  resultsScore: (percent: number, passMark: number) =>
    `Your score is ${percent}%. The pass mark is ${passMark}%.`,
  resultsScoreLmsMark: (percent: number, passMark: number) =>
    `Your score is ${percent}%. The pass mark, set by your learning system, is ${passMark}%.`,
  resultsPassed: "You have passed.",
  resultsNotPassed: "You have not reached the pass mark this time.",
  resultsHeldPass: "Your learning system has already recorded that you passed this course.",
  resultsUnanswered: (answered: number, total: number) =>
    `You have answered ${answered} of ${total} scored questions. Your result will show here when you have answered them all.`,
  resultsNoQuestions: "This course has no scored questions.",
  resultsByTheme: "Your score by theme",
  theme: "Theme",
  score: "Score",
  themeScore: (percent: number) => `${percent}%`,
  themeNotAnswered: "not yet answered",
  themeNoQuestions: "no scored questions",
  revisitTitle: "Modules to revisit",
  unansweredTitle: "Questions still to answer",
  revisitWrong: "These modules have questions you did not get right. Read them again:",
  revisitUnanswered: "These modules have questions you have not answered yet:",
  questionCount: (n: number) => (n === 1 ? "1 question" : `${n} questions`),
  retakeTitle: "Try again",
  retakeExplain: (n: number, all: boolean) =>
    all
      ? `Trying again clears your answers to all ${n} scored questions so you can answer them again. Your reflections are kept.`
      : `Trying again clears your ${n === 1 ? "answer to the question" : `answers to the ${n} questions`} you did not get right, so you can answer ${n === 1 ? "it" : "them"} again. Your right answers and reflections are kept.`,
  retake: "Try again",
  retakeConfirmTitle: (n: number) =>
    n === 1 ? "Clear 1 answer and try again?" : `Clear ${n} answers and try again?`,
  retakeConfirm: "Yes, clear them",
  retakeCancel: "Cancel",
} as const;
