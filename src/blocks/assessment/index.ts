/**
 * The run-time definition of the final assessment: every variant is an answerable (the saved state
 * and the LMS may hold any), only this attempt's draw counts, and it is done once every drawn item
 * is answered. Its element is fetched the first time a page shows it.
 */
import { html } from "lit";
import type { RunKind } from "../run-kind.js";
import type { AssessmentBlock } from "./model.js";
import { assessmentRetakeStrings } from "./retake.strings.js";
import {
  bankAnswerables,
  drawnAnswerables,
  heldAtMost,
  lessonOf,
  retakeAssessment,
  submitted,
} from "./rules.js";

export const assessment: RunKind<AssessmentBlock> = {
  answerables: bankAnswerables,
  task: (b, progress) => (submitted(b, progress) ? "done" : "to-do"),
  attempt: {
    counted: drawnAnswerables,
    retake: retakeAssessment,
    heldAtMost,
    lessonOf,
    retakeWording: assessmentRetakeStrings.retakeExplain,
  },
  render: (b) => {
    void import("./assessment-block.js");
    return html`<assessment-block .block=${b}></assessment-block>`;
  },
};
