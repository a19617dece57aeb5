/**
 * The words of the results panel and the completion record (both fetched only when shown): the
 * score and pass, the scores by theme, what to revisit and the retake. See strings.ts.
 */
export const resultsStrings = {
  resultsScore: (percent: number, passMark: number, soFar = false) =>
    `Your score ${soFar ? "so far " : ""}is ${percent}%. The pass mark is ${passMark}%.`,
  resultsScoreLmsMark: (percent: number, passMark: number, soFar = false) =>
    `Your score ${soFar ? "so far " : ""}is ${percent}%. The pass mark, set by your learning system, is ${passMark}%.`,
  resultsNotFinished:
    "You have answered every scored question, but you have not finished the course yet, so there is no result.",
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
  revisitWrong: "These modules have questions you did not get right. Read them again:",
  neededTitle: "Still to do",
  neededIntro: "To finish the course and get your result:",
  neededNotOpened: "not opened yet",
  neededPage: (page: number, of: number) => `Read page ${page} of ${of}`,
  neededQuestion: "Answer:",
  neededCase: "Finish the case:",
  neededAssessment: (done: number, of: number) =>
    done === 0
      ? `Take the assessment (${of} questions):`
      : `Finish the assessment (${done} of ${of} answered):`,
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
