/**
 * What the learner is told about their result, from what the session reports of the pure rules
 * in src/progress (which this block does not import): the results panel and the printed record
 * say the same thing.
 */
import type { Course, Module } from "../../course/model.js";
import type { Progress, Score, Success } from "../../kit/progress.js";
import { isRight } from "../../kit/response.js";
import type { Session } from "../../kit/session.js";
import { taughtIn } from "../attempts.js";
import { countedOf } from "../rules.js";

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

/** A scored item answered wrongly, and where the learner goes to look at it again. */
export interface Missed {
  id: string;
  theme: string;
  /** Its stem, or for a final assessment's item the lesson section that teaches it. */
  text: string;
  /** What to bring into view in the module: the item itself, or the lesson's heading. */
  target?: string;
}

export interface ModuleToRevisit {
  module: Module;
  /** Scored items in (or taught in) the module answered wrongly. */
  questions: number;
  /** Those items, in course order: the learner is taken straight to each. */
  missed: Missed[];
}

/**
 * Modules to go back to: those holding scored items the learner got wrong, or for a final
 * assessment's item the lesson that teaches it, in course order. (What is not yet answered is
 * listed with everything else still needed: still-needed.ts.)
 */
export function modulesToRevisit(course: Course, progress: Progress): ModuleToRevisit[] {
  const byModule = new Map<string, Missed[]>();
  for (const module of course.modules) {
    for (const b of module.blocks) {
      for (const item of countedOf(b, progress)) {
        const a = progress.answers[item.id];
        if (a === undefined || isRight(item, a.choice)) continue;
        const lesson = taughtIn(b, item.id);
        const where = lesson?.moduleId ?? module.id;
        const missed: Missed = lesson
          ? { id: item.id, theme: item.theme, text: lesson.text, target: lesson.heading }
          : { id: item.id, theme: item.theme, text: item.stemText, target: item.id };
        byModule.set(where, [...(byModule.get(where) ?? []), missed]);
      }
    }
  }
  return course.modules
    .filter((m) => byModule.has(m.id))
    .map((module) => {
      const missed = byModule.get(module.id) ?? [];
      return { module, questions: missed.length, missed };
    });
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
