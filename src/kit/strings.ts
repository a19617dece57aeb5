/**
 * The words of the question card, the block every course's first screen may show, which ships in
 * the player file: below blocks and player, so blocks never import the player's strings, while
 * the player's `strings` (src/player/strings.ts) still offers every shipped word in one place.
 */
export const blockStrings = {
  /** The label above a question: a scored decision in a scenario, a scored check of what was read, or practice. */
  scenarioQuestion: "Scenario question",
  knowledgeCheck: "Knowledge check",
  practiceQuestion: "Practice question (not scored)",
  scenario: "Scenario",
  chooseOne: "Choose one answer.",
  chooseAll: "Choose all that apply.",
  attemptsAllowed: (n: number) => `You have ${n} tries at this question.`,
  checkAnswer: "Check answer",
  tryAgain: "Try again",
  triesLeft: (n: number) => (n === 1 ? "1 try left" : `${n} tries left`),
  chooseFirst: "Choose an answer first.",
  correct: "Correct.",
  incorrect: "Not quite.",
  yourChoice: "Your choice",
  yourAnswer: "Your answer",
  rightAnswer: "Right answer",
  whatHappensNext: "What happens next",
  feedback: "Feedback",
} as const;
