/** The words a learner reads on timelines (fetched with the timeline, only when one is shown). */
export const timelineStrings = {
  timelineKey: "Points where professionals had a decision to make are marked “Decision point”.",
  decisionPoint: "Decision point",
};
