/** The words a learner reads on callouts: each tone's name, shown and read out with it. */
import type { CalloutTone } from "./model.js";

export const calloutToneNames: Record<CalloutTone, string> = {
  "key-point": "Key point",
  "practice-tip": "Practice tip",
  "in-this-case": "In this case",
  wellbeing: "Looking after yourself",
};
