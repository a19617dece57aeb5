/**
 * The learner's session: holds progress, applies learner actions through the pure progress rules,
 * and saves to the LMS connection at each meaningful change. The UI reads it and calls its
 * actions; it knows nothing of the DOM.
 */

import { reflectionPromptsOf } from "../blocks/reflection/rules.js";
import type { Course } from "../course/model.js";
import type { Answerable } from "../kit/response.js";
import type { Session } from "../kit/session.js";
import type { LmsConnection, SaveState, SessionStart } from "../lms/connection.js";
import {
  answer,
  canAnswer,
  completionOf,
  emptyProgress,
  locationOf,
  type Place,
  type Progress,
  placeOf,
  questionsToRetake,
  reflect,
  retake,
  scoreOf,
  spend,
  stampCompletion,
  successOf,
  visit,
} from "../progress/progress.js";
import { type Interaction, interactionOf, type Report, reportOf } from "../progress/report.js";
import { decodeSnapshot } from "../progress/snapshot.js";
import { ModuleContent } from "./module-content.js";

export type SessionListener = () => void;

/** The most one stretch without any save counts as time spent (30 minutes). */
const IDLE_LIMIT_MS = 30 * 60_000;

export class CourseSession implements Session {
  progress: Progress = emptyProgress();
  start!: SessionStart;
  /** True when the learner came back to saved progress. */
  resumed = false;
  /** True when this package expected an LMS and found none: progress stays in this browser. */
  lmsMissing = false;
  /**
   * True while the screen is the build's, taken before the learner's state was known: it shows
   * no module state and no progress (main.ts, src/compiler/player-build/prerender.ts).
   */
  finding = false;
  private readonly listeners = new Set<SessionListener>();
  private pending: Interaction[] = [];
  /** When time spent was last counted. */
  private lastTick = 0;
  private finished = false;

  /** Each module's content: fetched when first shown (a whole course needs no fetching). */
  content: ModuleContent;

  constructor(
    readonly course: Course,
    readonly connection: LmsConnection,
    /** The clock; `Date.now` unless a test supplies one. */
    private readonly now: () => number = Date.now,
  ) {
    this.content = new ModuleContent(course);
  }

  /** Starts the LMS session and restores saved progress. Call once. */
  begin(): void {
    this.start = this.connection.start();
    const restored = decodeSnapshot(this.start.suspendData, this.course);
    for (const why of restored.dropped) console.info(`[course] saved progress: ${why}`);
    this.progress = restored.progress;
    // The LMS's bookmark wins (it is what the LMS shows), where it names a page of this course.
    const bookmark = placeOf(this.course, this.start.location || this.progress.location);
    if (bookmark) this.progress = { ...this.progress, location: locationOf(bookmark) };
    this.lastTick = this.now();
    this.resumed = this.progress.visited.length > 0;
    this.connection.onSaveStateChange(() => this.notify());
  }

  /** Where the learner is, or comes back to: their bookmark, or the start of the course. */
  get place(): Place {
    return (
      placeOf(this.course, this.progress.location) ?? {
        moduleId: this.course.modules[0].id,
        page: 1,
      }
    );
  }

  /** The pass mark the learner is judged by: the LMS's when it supplies one (the standard says so). */
  get passMark(): number {
    return this.start?.masteryScore ?? this.course.settings.passMark;
  }

  /** True when the LMS's pass mark differs from the course's, so the learner is told whose it is. */
  get passMarkFromLms(): boolean {
    return this.passMark !== this.course.settings.passMark;
  }

  /**
   * True when the LMS opened a finished attempt to look at (review or browse mode, or no
   * credit): answers, reflections and the result are shown but cannot change.
   */
  get reviewing(): boolean {
    return this.start?.review !== undefined;
  }

  get saveState(): SaveState {
    return this.connection.saveState;
  }

  get learnerName(): string | undefined {
    return this.start?.learnerName;
  }

  subscribe(listener: SessionListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  report(): Report {
    return reportOf(this.course, this.progress, this.start.held, this.passMark);
  }

  /** The learner opens a page of a module (the first page when not said). */
  open(moduleId: string, page = 1): void {
    this.progress = visit(this.progress, moduleId, page);
    this.save();
  }

  canAnswer(item: Answerable): boolean {
    return !this.reviewing && canAnswer(this.course, this.progress, item);
  }

  check(item: Answerable, response: readonly string[], latencyMs: number): void {
    if (!this.canAnswer(item) || response.length === 0) return;
    this.progress = answer(this.progress, item, response);
    this.pending.push(interactionOf(item, response, latencyMs, new Date()));
    this.save();
  }

  /**
   * The learner's words for a reflection prompt. With `save` false (they are still typing) the
   * words are kept in progress and reach the LMS with the next save, or when the session ends.
   */
  reflect(promptId: string, text: string, save = true): void {
    const prompt = reflectionPromptsOf(this.course).find((p) => p.id === promptId);
    if (this.reviewing || !prompt || this.progress.reflections[promptId] === text) return;
    this.progress = reflect(this.progress, promptId, text, prompt.maxLength);
    if (save) this.save();
  }

  result() {
    const { course, progress } = this;
    return {
      score: scoreOf(course, progress),
      soFar: successOf(course, progress, this.passMark),
      complete: completionOf(course, progress) === "completed",
    };
  }

  toRetake(): Answerable[] {
    return questionsToRetake(this.course, this.progress);
  }

  /** Clears scored answers so a learner who did not pass can try again. */
  retake(): void {
    if (this.reviewing) return;
    this.progress = retake(this.course, this.progress);
    this.save();
  }

  /** Sends the current report and any unsent answers. Failed interactions are retried later. */
  save(): void {
    if (this.finished) return;
    if (!this.reviewing) this.track();
    // The connection keeps any interaction it could not write and retries it at the next save.
    this.connection.save(this.report(), this.pending);
    this.pending = [];
    this.notify();
  }

  /**
   * The learner takes a break: everything is sent and committed, with exit "suspend", and the
   * session stays open. Ending it is left to the LMS's own exit or the page going away, so the
   * learner can come straight back without a second Initialize, which SCORM does not allow.
   */
  pause(): void {
    this.save();
    this.flush();
  }

  /** The page is being hidden: make sure the LMS has committed what it has. */
  flush(): void {
    if (!this.finished) this.connection.flush();
  }

  /** The learner leaves (their own exit or the page going away). Terminates exactly once. */
  finish(): void {
    if (this.finished) return;
    if (!this.reviewing) this.track();
    this.finished = true;
    this.connection.finish(this.report());
    this.notify();
  }

  /**
   * Keeps the time spent (a long silence, such as a laptop left open overnight, counts as at most
   * IDLE_LIMIT_MS) and stamps the moment the course first became complete.
   */
  private track(): void {
    const now = this.now();
    this.progress = spend(this.progress, Math.min(now - this.lastTick, IDLE_LIMIT_MS));
    this.lastTick = now;
    this.progress = stampCompletion(this.course, this.progress, now);
  }

  private notify(): void {
    for (const l of this.listeners) l();
  }
}
