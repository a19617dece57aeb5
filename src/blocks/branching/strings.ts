/** The words a learner reads in a branching scenario (kept with the kind, not in the player's strings). */
export const branchingStrings = {
  label: "Case walk-through",
  intro: "Read each scene, then decide what you would do. Your choices lead the case on.",
  decide: "Decide",
  nextScene: "Next scene",
  scene: (n: number) => `Scene ${n}`,
  /** The role badge: who the learner is at this decision, said in words before the scene. */
  youAre: "You are:",
  chooseFirst: "Choose one option first.",
  yourChoice: "Your choice",
  best: "The best choice",
  notBest: "Not the best choice",
  /** The disclosure holding the scenes already walked, so the screen holds one scene. */
  storySoFar: (scenes: number) => `The story so far (${scenes} scene${scenes === 1 ? "" : "s"})`,
  end: "End of the case",
  reviewTitle: "Review your decisions",
  bestWas: "The best choice was",
  wouldLeadTo: "What it would have led to",
  whyEach: "Why each option is or is not the best",
  /** The title of the case's last card, the ending the learner's choices led to. */
  ending: (title: string) => `Ending: ${title}`,
  tally: (best: number, decisions: number) =>
    `You made the best choice at ${best} of ${decisions} decision${decisions === 1 ? "" : "s"}.`,
  /** The row of marks under the tally, one per decision, as a list a screen reader can walk. */
  marksLabel: "Your decisions, in order",
  mark: (n: number, best: boolean) =>
    `Decision ${n}: ${best ? "the best choice" : "not the best choice"}`,
  walkAgain: "Walk the case again (practice: nothing is recorded)",
  practiceTitle: "Walking the case again: practice",
  practiceNote:
    "Nothing you choose now is recorded: your first walk and its result stay as they were.",
  backToRecorded: "Back to your recorded walk",
};
