/**
 * What an element inside the player may ask of the learner's session: the course, the learner's
 * progress, and the actions that change it. The player's `CourseSession` implements it; blocks
 * know only this interface and receive the session by context from the player around them.
 */

import type { Course } from "../course/model.js";
import { createContext, requestContext } from "./context.js";
import type { Progress, Score, Success } from "./progress.js";
import type { Answerable } from "./response.js";

export interface Session {
  readonly course: Course;
  /** The learner's progress now; replaced (never changed in place) by each action. */
  readonly progress: Progress;
  /** True when the LMS opened a finished attempt to look at: nothing can change. */
  readonly reviewing: boolean;
  /** The pass mark the learner is judged by, and whether it is the LMS's rather than the course's. */
  readonly passMark: number;
  readonly passMarkFromLms: boolean;
  /** What the LMS held when the session started: a pass from an earlier session counts. */
  readonly start?: { readonly held?: { readonly success: "passed" | "failed" | "unknown" } };
  /** The learner's name as the LMS gives it, if it does. */
  readonly learnerName: string | undefined;
  /** Calls `listener` after every change of progress or save state; returns the unsubscriber. */
  subscribe(listener: () => void): () => void;
  /** Whether the learner may (still) answer the item (a question, a decision, an ordering question). */
  canAnswer(item: Answerable): boolean;
  /** The learner checks an answer: recorded, reported and saved. */
  check(item: Answerable, response: readonly string[], latencyMs: number): void;
  /** The learner's words for a reflection prompt; with `save` false, kept until the next save. */
  reflect(promptId: string, text: string, save?: boolean): void;
  /**
   * The learner's score now, what it comes to against the pass mark once every scored question
   * is answered ("unknown" before), and whether the course is complete: src/progress's rules.
   */
  result(): { score: Score; soFar: Success; complete: boolean };
  /** The scored items a retake clears. */
  toRetake(): Answerable[];
  /** Clears scored answers so a learner who did not pass can try again. */
  retake(): void;
  /** Sends the current report and any unsent answers to the LMS. */
  save(): void;
}

/** The player (course-player) provides its session to every element inside it. */
export const sessionContext = createContext<Session>("course-session");

/** The session of the player `host` is in: asked each time (it is cheap), so also on the server. */
export const sessionOf = (host: EventTarget) => requestContext(host, sessionContext) as Session;
