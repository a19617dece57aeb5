/**
 * What the learner is told about their result, from what the session reports of the pure rules
 * in src/progress (which this block does not import): the results panel and the printed record
 * say the same thing.
 */
import type { Course, Module } from "../../course/model.js";
import type { Progress, Score, Success } from "../../kit/progress.js";
import type { Session } from "../../kit/session.js";
import type { Question } from "../question/model.js";
import { isCorrect } from "../question/rules.js";

export type Outcome = "no-questions" | "unfinished" | "passed" | "failed";

export interface ResultSummary {
  /**
   * Passed or failed only once the course is complete and every scored question answered, as
   * the LMS is told (reportOf); "unfinished" before.
   */
  outcome: Outcome;
  /** Every page reached and, where the course says so, everything asked done (completionOf). */
  complete: boolean;
  /**
   * What the answers given so far come to against the pass mark once every scored question is
   * answered, complete or not ("unknown" before): a learner below it may try again at once.
   */
  soFar: Success;
  score: Score;
  passMark: number;
  /** The LMS already holds a pass from an earlier session, whatever this attempt shows. */
  heldPass: boolean;
}

export interface ModuleToRevisit {
  module: Module;
  /** Scored questions in the module answered wrongly. */
  questions: number;
  /** Those questions, in course order: the learner is taken straight to each. */
  missed: Question[];
}

/**
 * Modules holding scored questions the learner got wrong, in course order. (What is not yet
 * answered is listed with everything else still needed: still-needed.ts.)
 */
export function modulesToRevisit(course: Course, progress: Progress): ModuleToRevisit[] {
  const out: ModuleToRevisit[] = [];
  for (const module of course.modules) {
    const missed: Question[] = [];
    for (const b of module.blocks) {
      if (b.kind !== "question" || !b.question.scored) continue;
      const a = progress.answers[b.question.id];
      if (a !== undefined && !isCorrect(b.question, a.choice)) missed.push(b.question);
    }
    if (missed.length > 0) out.push({ module, questions: missed.length, missed });
  }
  return out;
}

/** The first module with a scored question: where a learner trying again starts. */
export function firstScoredModule(course: Course): Module | undefined {
  return course.modules.find((m) =>
    m.blocks.some((b) => b.kind === "question" && b.question.scored),
  );
}

/** A theme's score as a whole percentage, or undefined when it has nothing scored. */
export function percentOf(earned: number, possible: number): number | undefined {
  return possible === 0 ? undefined : Math.round((earned / possible) * 100);
}

/** The learner's result now, from their session. */
export function sessionResult(session: Session): ResultSummary {
  const { score, soFar, complete } = session.result();
  const outcome: Outcome =
    score.questions === 0
      ? "no-questions"
      : !complete || soFar === "unknown"
        ? "unfinished"
        : soFar;
  const heldPass = session.start?.held?.success === "passed";
  return { outcome, complete, soFar, score, passMark: session.passMark, heldPass };
}
