/** The final assessment's words: they load with its element, the first time a page shows one. */
export const assessmentStrings = {
  intro: (n: number) =>
    `${n} questions, drawn for this attempt from a bank. Choose the best next step in each. Your answers are saved as you go and make up your score; the feedback on every answer comes after the last one.`,
  position: (k: number, n: number) => `Question ${k} of ${n}`,
  saveAndGoOn: "Save answer and go on",
  submit: "Save answer and see your feedback",
  chooseFirst: "Choose an answer first.",
  notSubmitted: "This assessment was not finished in this attempt.",
  feedbackTitle: "Your answers and feedback",
  bestOf: (right: number, n: number) =>
    `You chose the best next step in ${right} of ${n} questions.`,
  yourAnswer: "Your answer",
  bestAnswer: "Best answer",
  best: "Best answer",
  notBest: "Not the best answer",
  why: "Why",
  readAgain: "Read again:",
  tryAgainTitle: "Try again",
  tryAgainText:
    "A new attempt draws other versions of these questions where the bank has them. Your answers above are cleared from the course; the LMS keeps its record of them.",
  tryAgain: "Start a new attempt",
} as const;
