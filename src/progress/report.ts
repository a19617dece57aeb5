/**
 * What the course tells an LMS, derived from progress: status that never regresses, score,
 * objectives per theme and one interaction per answered question. Version-neutral: the SCORM 1.2
 * and 2004 connections translate it into their own data models.
 */
import type { Course } from "../course/model.js";
import {
  type Completion,
  completionOf,
  type Progress,
  progressMeasure,
  type Success,
  scoreOf,
  successOf,
} from "./progress.js";
import { encodeSnapshot } from "./snapshot.js";

/** What the LMS already held when the session started. */
export interface HeldStatus {
  completion: Completion | "unknown";
  success: Success;
}

export interface ObjectiveReport {
  /** The theme id. */
  id: string;
  description: string;
  /** 0–1, or undefined until every scored question of the theme is answered (or it has none). */
  scaled?: number;
  raw?: number;
  completion: Completion;
  success: Success;
}

export interface Report {
  location: string | null;
  suspendData: string;
  completion: Completion;
  success: Success;
  /** Undefined until the result is known (every scored question answered, or a pass held). */
  score?: { raw: number; min: 0; max: 100; scaled: number };
  /** 0–1. */
  progressMeasure: number;
  objectives: ObjectiveReport[];
  /**
   * How the attempt stands when the learner leaves: "suspend" while there is something left to
   * do (not complete, or failed with a try again to come); "done" once it is complete and passed
   * (or complete, with nothing scored). Each version says "done" in its own way: SCORM 1.2 with
   * an empty cmi.core.exit, SCORM 2004 still with "suspend" (docs/lms-exit-and-retake.md).
   */
  exit: "suspend" | "done";
}

export function reportOf(
  course: Course,
  progress: Progress,
  held: HeldStatus,
  passMark: number,
): Report {
  const score = scoreOf(course, progress);
  let completion = completionOf(course, progress);
  let success = successOf(course, progress, passMark);
  if (success === "failed" && course.settings.onFail === "incomplete") {
    success = "unknown";
    completion = "incomplete";
  }
  // Pass or fail is the verdict on a complete course. SCORM 1.2 has one status, in which
  // "passed" also means complete: giving the verdict only once the course is complete makes
  // both packages say the same thing at the same moment.
  if (completion !== "completed") success = "unknown";
  // Never regress what the LMS already holds: a passed learner who returns to review stays passed.
  if (held.completion === "completed") completion = "completed";
  if (held.success === "passed") success = "passed";
  // A learner trying again after a fail: the last result (failed, and its score, which is not
  // sent again) stands until the new answers make a new one; "unknown" beside the old score
  // would read as no result at all.
  const retaking = held.success === "failed" && success === "unknown";
  if (retaking) success = "failed";
  const objectives: ObjectiveReport[] = score.byTheme.map((t) => {
    const theme = course.themes.find((x) => x.id === t.themeId);
    const all = t.answered === t.questions;
    // Like the course score, a theme's score is sent only once it is known: a partial figure
    // reads as a low mark in LMS reports, and some LMSs judge pass or fail from it.
    const ratio = t.possible === 0 || !all ? undefined : t.earned / t.possible;
    return {
      id: t.themeId,
      description: theme?.title ?? t.themeId,
      scaled: ratio === undefined ? undefined : Math.round(ratio * 10000) / 10000,
      raw: ratio === undefined ? undefined : Math.round(ratio * 10000) / 100,
      completion: all ? "completed" : "incomplete",
      success:
        !all || ratio === undefined
          ? "unknown"
          : ratio >= passMark / 100 - 1e-9
            ? "passed"
            : "failed",
    };
  });
  return {
    location: progress.location,
    suspendData: encodeSnapshot(progress),
    completion,
    success,
    // The score is sent only once it is a result. A running score is not one, and LMSs judge by
    // it: a SCORM 2004 LMS with a scaled passing score sets success_status from score.scaled
    // (RTE 4.2.22), and many 1.2 LMSs compare score.raw with the mastery score, so a learner who
    // takes a break half-way would be marked failed.
    score:
      success === "unknown" || retaking
        ? undefined
        : { raw: score.percent, min: 0, max: 100, scaled: score.scaled },
    progressMeasure: progressMeasure(course, progress),
    objectives,
    exit:
      completion === "completed" && (success === "passed" || score.questions === 0)
        ? "done"
        : "suspend",
  };
}

export type { Interaction } from "../kit/interaction.js";
export { interactionOf } from "../kit/response.js";
