/**
 * One SCORM session over an LMS runtime API, for either version: initialise once, read what the
 * LMS holds, write reports and interactions, commit, terminate once, and survive an LMS that
 * refuses, throws or vanishes without losing what the learner did.
 *
 * Longer than the 400 lines a file is kept to, for a reason: it is one state machine (initialised,
 * the id form the LMS takes, pending interactions and their indexes, scores it may hold, finished)
 * whose every step reads and changes the same private state; split, that state would be passed
 * between files and the invariants the LMS tests hold (never a second Initialize, never a write
 * after Terminate, never an interaction lost) would be spread with it. What does not touch that
 * state is already elsewhere: each version's data model (scorm12.ts, scorm2004.ts), response
 * formats (responses.ts), ids (identifier.ts), times (time.ts).
 */
import type { Interaction } from "../kit/interaction.js";
import type { Completion, Success } from "../progress/progress.js";
import type { HeldStatus, Report } from "../progress/report.js";
import type { LmsConnection, SaveState, SessionStart } from "./connection.js";
import { type ApiMethods, countOf, type DataModel } from "./datamodel.js";
import { authoredIdOf, fallbackIdOf, isFallbackId, isIdentifierElement } from "./identifier.js";

export interface ConnectionOptions {
  /** The clock for session time, in milliseconds; `Date.now` unless a test supplies one. */
  now?: () => number;
  /** Where problems are told to the developer; `console.warn` unless a test supplies one. */
  log?: (message: string) => void;
}

/** GetLastError's "no error" in both versions. */
const NO_ERROR = 0;

/**
 * At most this many existing objective or interaction ids are read at start: a broken `_count`
 * must not turn start-up into millions of synchronous LMS calls.
 */
const MAX_IDS_READ = 1000;

/**
 * - `idle`: start() not called yet.
 * - `live`: initialised; saves go to the LMS.
 * - `refused`: Initialize failed; nothing is sent, because writing over saved state that was
 *   never read would lose the learner's earlier progress.
 * - `review`: the LMS opened the attempt in review or browse mode, or without credit. Such LMSs
 *   (Moodle) still store what the content sends, so only the session time is sent, at the end: a
 *   finished attempt's status, score, objectives and interactions must not change when the
 *   learner looks back at it.
 * - `finished`: terminated (or finish() called); every call is a no-op.
 */
type Phase = "idle" | "live" | "refused" | "review" | "finished";

/**
 * Which form of interaction and objective ids this attempt uses: as authored, or the fallback
 * form (identifier.ts) once the LMS has refused an authored one. One form for the whole attempt,
 * so a question's records never split across two ids.
 */
type IdForm = "authored" | "fallback";

/** What one SetValue came to: taken (or left out on purpose), or refused with the LMS's error. */
type Sent = { ok: true } | { ok: false; result?: CallResult; code?: number };

/**
 * An interaction not yet committed; `index` is kept once the LMS took its id, so a retry writes
 * the same record instead of appending a duplicate.
 */
interface PendingInteraction {
  interaction: Interaction;
  key: string;
  index?: number;
}

type CallResult = { threw: false; value: unknown } | { threw: true; error: unknown };

export function emptyStart(): SessionStart {
  return {
    suspendData: "",
    location: "",
    held: { completion: "unknown", success: "unknown" },
    firstLaunch: true,
  };
}

/** A stable key for one answer: the same question answered again later is a new interaction. */
function keyOf(interaction: Interaction): string {
  return `${interaction.id}@${interaction.timestamp.getTime()}`;
}

/**
 * Status never goes down: not below what the LMS held, nor below what this session sent. A fail
 * stands while a retake has no result yet (reportOf says the same for a fail held at start).
 */
function neverRegress(
  floor: HeldStatus,
  report: Report,
): { completion: Completion; success: Success } {
  const kept =
    floor.success === "passed" || (floor.success === "failed" && report.success === "unknown");
  return {
    completion: floor.completion === "completed" ? "completed" : report.completion,
    success: kept ? floor.success : report.success,
  };
}

export class ScormConnection implements LmsConnection {
  readonly kind: DataModel["kind"];

  private readonly api: object;
  private readonly model: DataModel;
  private readonly now: () => number;
  private readonly log: (message: string) => void;

  private phase: Phase = "idle";
  private state: SaveState = "saved";
  private readonly listeners: Array<(state: SaveState) => void> = [];
  private session: SessionStart = emptyStart();
  private startedAt = 0;
  private floor: HeldStatus = { completion: "unknown", success: "unknown" };
  /**
   * The best score sent (or held by the LMS) while the learner is passed. A passed learner who
   * answers again (their saved state was lost, or a republished course asks new questions) keeps
   * it: "passed" beside a lower score would misreport them.
   */
  private scoreFloor: number | undefined;
  private lastReport: Report | undefined;

  /**
   * Values the LMS accepted, so unchanged values are not sent again (LMS calls are synchronous and
   * some are slow). A refused value is not in it, so it alone is sent again; a failed commit
   * forgets the values set since the last good one (`uncommitted`), which the LMS may have lost.
   */
  private readonly accepted = new Map<string, string>();
  private readonly uncommitted = new Set<string>();
  /** Set by any refused or throwing call during the current save. */
  private failed = false;

  private idForm: IdForm = "authored";
  /** Keyed by authored id, whatever form the LMS holds. */
  private readonly objectiveIndex = new Map<string, number>();
  private objectiveCount = 0;
  /**
   * Objectives that may hold a score: the LMS's at start, and those this session scored. A
   * theme whose result is no longer known (a republished course replaced its questions) has
   * that score taken away where the standard allows, so no old score stands beside
   * "incomplete".
   */
  private readonly mayHoldScore = new Set<string>();
  private readonly interactionIndex = new Map<string, number>();
  private interactionCount = 0;
  private pending: PendingInteraction[] = [];
  private readonly committed = new Set<string>();
  private readonly told = new Set<string>();
  /** Element shapes this LMS does not implement, or refuses although the course can do without. */
  private readonly unsupported = new Set<string>();

  constructor(api: object, model: DataModel, options: ConnectionOptions = {}) {
    this.api = api;
    this.model = model;
    this.kind = model.kind;
    this.now = options.now ?? Date.now;
    this.log = options.log ?? ((message) => console.warn(message));
  }

  get saveState(): SaveState {
    return this.state;
  }

  onSaveStateChange(listener: (state: SaveState) => void): void {
    this.listeners.push(listener);
  }

  start(): SessionStart {
    if (this.phase !== "idle") return this.session;
    this.startedAt = this.now();
    const init = this.call("initialize", "");
    const code = init.threw ? undefined : this.lastErrorCode();
    if (!accepted(init) || (code !== undefined && code !== NO_ERROR)) {
      this.phase = "refused";
      this.tell(`Initialize ${this.describe(init)}; progress stays in this page and is not saved`);
      this.setState("unsaved");
      return this.session;
    }
    this.phase = "live";

    const read = (element: string) => this.get(element);
    const e = this.model.elements;
    const status = this.model.readStatus(read);
    const suspendData = read(e.suspendData);
    const location = read(e.location);
    const learnerName = read(e.learnerName);
    const entry = read(e.entry);
    const passMark = read(e.masteryScore);
    const masteryScore = this.model.masteryScoreOf(passMark);
    if (passMark.trim() !== "" && masteryScore === undefined) {
      this.tell(
        `${e.masteryScore} is "${passMark.slice(0, 20)}", which is not a pass mark; the course's own is used`,
      );
    }
    const review = reviewOf(read(e.mode), read(e.credit));
    this.readExistingIds(read);
    this.floor = status.held;
    this.scoreFloor = status.passedScore;

    if (review) {
      this.phase = "review";
      this.setState("review");
    } else if (status.neverAttempted) {
      this.failed = false;
      for (const [element, value] of this.model.firstLaunchWrites) this.set(element, value);
      this.settle(this.commit(), []);
    }

    this.session = {
      suspendData,
      location,
      ...(learnerName === "" ? {} : { learnerName }),
      held: status.held,
      ...(masteryScore === undefined ? {} : { masteryScore }),
      ...(review ? { review } : {}),
      firstLaunch:
        status.neverAttempted || (entry === this.model.newAttemptEntry && suspendData === ""),
    };
    return this.session;
  }

  save(report: Report, interactions: readonly Interaction[]): SaveState {
    if (this.phase !== "live") return this.state;
    this.lastReport = report;
    this.queue(interactions);
    this.setState("saving");
    this.failed = false;
    const written = this.writeAll(report);
    const committed = this.commit();
    this.settle(committed, written);
    return this.state;
  }

  flush(): void {
    if (this.phase !== "live") return;
    // After a failure, hiding the page is the next save point: send what did not get through.
    if (this.state === "unsaved" && this.lastReport) {
      this.save(this.lastReport, []);
      return;
    }
    this.setState("saving");
    this.failed = false;
    this.set(this.model.elements.sessionTime, this.sessionTime());
    this.settle(this.commit(), []);
  }

  finish(report: Report): void {
    if (this.phase === "review") {
      // Only the time this session took, which records no result: an LMS that gets none adds
      // the last session's again (Forma; docs/lms-rules.md). The session still ends once.
      this.phase = "finished";
      this.call("setValue", this.model.elements.sessionTime, this.sessionTime());
      if (this.model.commitBeforeTerminate) this.call("commit", "");
      const terminate = this.call("terminate", "");
      if (!accepted(terminate)) this.tell(`Terminate ${this.describe(terminate)}`);
      return;
    }
    if (this.phase !== "live") {
      this.phase = "finished";
      return;
    }
    this.lastReport = report;
    this.setState("saving");
    this.failed = false;
    const written = this.writeAll(report);
    const committed = this.model.commitBeforeTerminate ? this.commit() : true;
    const terminate = this.call("terminate", "");
    this.phase = "finished";
    if (!accepted(terminate)) {
      this.failed = true;
      this.tell(`Terminate ${this.describe(terminate)}`);
    }
    this.settle(committed && accepted(terminate), written);
  }

  /**
   * Writes the report, objectives, pending interactions and session time; returns the
   * interactions whose every value the LMS took.
   */
  private writeAll(report: Report): PendingInteraction[] {
    const status = neverRegress(this.floor, report);
    this.floor = {
      completion: status.completion === "completed" ? "completed" : this.floor.completion,
      success: status.success === "unknown" ? this.floor.success : status.success,
    };
    const score = this.scoreToSend(status.success, report.score);
    for (const [element, value] of this.model.reportWrites({ ...report, ...status, score })) {
      this.set(element, value);
    }
    for (const objective of report.objectives) this.writeObjective(objective);
    const written = this.pending.filter((p) => this.writeInteraction(p));
    this.set(this.model.elements.sessionTime, this.sessionTime());
    return written;
  }

  /**
   * The score to send, or none (the LMS keeps what it has): the report's score (which is only
   * there once the result is known, see reportOf), except that a passed learner's score is
   * never lowered.
   */
  private scoreToSend(success: Success, score: Report["score"]): Report["score"] {
    if (success !== "passed" || !score) return score;
    if (this.scoreFloor !== undefined && score.raw < this.scoreFloor) return undefined;
    this.scoreFloor = score.raw;
    return score;
  }

  private writeObjective(objective: Report["objectives"][number]): void {
    const known = this.objectiveIndex.get(objective.id);
    const n = known ?? this.nextIndex(this.model.elements.objectiveCount, this.objectiveCount);
    const [id, ...rest] = this.model.objectiveWrites(n, objective);
    // Without its id the record does not exist; its other values would land in no record (2004
    // refuses them) or, worse, in a gap the next id cannot fill.
    if (!this.setValue(...id)) return;
    if (known === undefined) {
      this.objectiveIndex.set(objective.id, n);
      this.objectiveCount = Math.max(this.objectiveCount, n + 1);
    }
    for (const [element, value] of rest) this.setValue(element, value);
    if (objective.raw !== undefined) this.mayHoldScore.add(objective.id);
    else if (this.mayHoldScore.has(objective.id) && this.model.clearObjectiveScore) {
      // Not needed to save progress: a refusal is told, and is no failed save.
      const sent = this.send(...this.model.clearObjectiveScore(n));
      if (!sent.ok) {
        this.mayHoldScore.delete(objective.id);
        this.tell(
          `the LMS refused to empty objective ${objective.id}'s score (error ${sent.code})`,
        );
      }
    }
  }

  private writeInteraction(p: PendingInteraction): boolean {
    const reusable = this.model.interactionId
      ? this.interactionIndex.get(p.interaction.id)
      : undefined;
    const n =
      p.index ??
      reusable ??
      this.nextIndex(this.model.elements.interactionCount, this.interactionCount);
    const [id, ...rest] = this.model.interactionWrites(n, p.interaction);
    if (!this.setValue(...id)) return false;
    p.index = n;
    this.interactionIndex.set(p.interaction.id, n);
    this.interactionCount = Math.max(this.interactionCount, n + 1);
    let all = true;
    for (const [element, value] of rest) all = this.setValue(element, value) && all;
    return all;
  }

  /**
   * The index of a new record: the LMS's own `_count`, read just before writing. Some LMSs count
   * a write they refused (Forma adds an empty record), and 2004 refuses a gap (351), so only the
   * LMS knows where the next record goes. `own` (the records this session made) is used only
   * when the LMS gives no readable count.
   */
  private nextIndex(countElement: string, own: number): number {
    const text = this.get(countElement).trim();
    return /^\d+$/.test(text) ? Number(text) : own;
  }

  /** Adds interactions not yet committed nor already waiting. */
  private queue(interactions: readonly Interaction[]): void {
    for (const interaction of interactions) {
      const key = keyOf(interaction);
      if (this.committed.has(key) || this.pending.some((p) => p.key === key)) continue;
      this.pending.push({ interaction, key });
    }
  }

  private readExistingIds(read: (element: string) => string): void {
    const e = this.model.elements;
    this.objectiveCount = countOf(read(e.objectiveCount));
    for (let n = 0; n < Math.min(this.objectiveCount, MAX_IDS_READ); n++) {
      const element = this.model.objectiveId(n);
      const id = read(element);
      if (id === "") continue;
      const authored = this.heldId(id);
      if (!this.objectiveIndex.has(authored)) this.objectiveIndex.set(authored, n);
      this.mayHoldScore.add(authored);
      this.accepted.set(element, id);
    }
    this.interactionCount = countOf(read(e.interactionCount));
    const interactionId = this.model.interactionId;
    if (!interactionId) return;
    for (let n = 0; n < Math.min(this.interactionCount, MAX_IDS_READ); n++) {
      const element = interactionId(n);
      const id = read(element);
      if (id === "") continue;
      // The latest record of a question is the one to update.
      this.interactionIndex.set(this.heldId(id), n);
      this.accepted.set(element, id);
    }
  }

  /**
   * The authored id of an id the LMS holds. An id in the fallback form means this LMS refused
   * authored ids earlier in the attempt: the session goes on in that form (the LMS's records are
   * where the choice is kept, so it holds even if the saved state is lost).
   */
  private heldId(id: string): string {
    if (!isFallbackId(id)) return id;
    this.idForm = "fallback";
    return authoredIdOf(id);
  }

  /**
   * Writes a value; an id the course chooses goes in this attempt's id form, and an authored id
   * the LMS refuses as a wrong value is tried once more in the fallback form, which is then kept
   * for every id for the rest of the attempt.
   */
  private setValue(element: string, value: string): boolean {
    if (!isIdentifierElement(element)) return this.set(element, value);
    if (this.idForm === "fallback") return this.set(element, fallbackIdOf(value));
    const fallback = fallbackIdOf(value);
    if (fallback === value) return this.set(element, value);
    const sent = this.send(element, value);
    if (sent.ok) return true;
    if (sent.code === undefined || !this.model.valueErrors.includes(sent.code)) {
      return this.refused(element, value, sent);
    }
    // Kept only if the LMS takes it: an LMS refusing everything is a failure, not a checker.
    if (!this.send(element, fallback).ok) return this.refused(element, value, sent);
    this.idForm = "fallback";
    this.tell(
      `the LMS refused the id "${value}" (error ${sent.code}) although it is a valid identifier ` +
        `and took "${fallback}": ids are sent with hyphens as colons for the rest of this attempt`,
    );
    return true;
  }

  /**
   * Ends a save: on success the interactions written are done; on any failure what did not get
   * through is sent again at the next save point, and interactions not committed stay pending.
   */
  private settle(committed: boolean, written: readonly PendingInteraction[]): void {
    if (committed) {
      for (const p of written) this.committed.add(p.key);
      this.pending = this.pending.filter((p) => !written.includes(p));
    }
    this.setState(this.failed ? "unsaved" : "saved");
  }

  private sessionTime(): string {
    return this.model.sessionTime(this.now() - this.startedAt);
  }

  private get(element: string): string {
    const result = this.call("getValue", element);
    if (result.threw) {
      this.tell(`GetValue("${element}") ${this.describe(result)}`);
      return "";
    }
    return result.value === null || result.value === undefined ? "" : String(result.value);
  }

  /** Writes a value; a refusal marks this save failed (the value is sent again next time). */
  private set(element: string, value: string): boolean {
    const sent = this.send(element, value);
    return sent.ok || this.refused(element, value, sent);
  }

  /** One SetValue, unless the LMS has the value already or cannot keep the element. */
  private send(element: string, value: string): Sent {
    if (this.accepted.get(element) === value) return { ok: true };
    const limit = this.model.maxLength[element];
    if (limit !== undefined && value.length > limit) {
      this.tell(
        `${element} would be ${value.length} characters but ${this.model.name} allows ${limit}; ` +
          "not sent, so the LMS keeps its earlier value",
      );
      return { ok: false };
    }
    const shape = shapeOf(element);
    if (this.unsupported.has(shape)) return { ok: true };
    const result = this.call("setValue", element, value);
    if (accepted(result)) {
      this.accepted.set(element, value);
      this.uncommitted.add(element);
      return { ok: true };
    }
    const code = result.threw ? undefined : this.lastErrorCode();
    const m = this.model;
    if (
      code !== undefined &&
      (m.unimplementedErrors.includes(code) ||
        (m.valueErrors.includes(code) && m.optionalElements.includes(shape)))
    ) {
      // Not a failure to save: this LMS will never keep the element, so asking again at every
      // save would only slow it down and tell the learner, wrongly, that progress is not saved.
      this.unsupported.add(shape);
      this.tell(`${shape}: error ${code}${this.errorWords(code)}; left out from now on`);
      return { ok: true };
    }
    return { ok: false, result, code };
  }

  private refused(element: string, value: string, sent: Sent & { ok: false }): false {
    this.failed = true;
    // Without a result it was never sent, and send() has said why.
    if (sent.result) {
      this.tell(
        `SetValue("${element}", ${JSON.stringify(value.slice(0, 40))}) ${this.describe(sent.result, sent.code)}`,
        `SetValue ${element}`,
      );
    }
    return false;
  }

  private commit(): boolean {
    const result = this.call("commit", "");
    const ok = accepted(result);
    if (!ok) for (const element of this.uncommitted) this.accepted.delete(element);
    this.uncommitted.clear();
    if (ok) return true;
    this.failed = true;
    this.tell(`Commit ${this.describe(result)}`);
    return false;
  }

  /** Calls an API method; a missing method, a throw or a vanished API all come back as values. */
  private call(method: keyof ApiMethods, ...args: string[]): CallResult {
    try {
      const name = this.model.methods[method];
      const fn = (this.api as Record<string, unknown>)[name];
      if (typeof fn !== "function") throw new TypeError(`the LMS API has no ${name}()`);
      return { threw: false, value: fn.apply(this.api, args) };
    } catch (error) {
      return { threw: true, error };
    }
  }

  private lastErrorCode(): number | undefined {
    const result = this.call("getLastError");
    if (result.threw) return undefined;
    const code = Number(String(result.value));
    return Number.isFinite(code) ? code : undefined;
  }

  /**
   * The LMS's own words for an error code (GetErrorString), in brackets, or nothing when it has
   * none: the standard's names are in its tables (RTE 3.1.7 for 2004, 3.3 for 1.2), and an LMS's
   * words say what it meant, so the player ships no copy of them.
   */
  private errorWords(code: number): string {
    const result = this.call("getErrorString", String(code));
    const words = result.threw ? "" : String(result.value ?? "").trim();
    return words === "" ? "" : ` (${words.slice(0, 120)})`;
  }

  /** `code` is GetLastError's answer when the caller has already asked for it. */
  private describe(
    result: CallResult,
    code = result.threw ? undefined : this.lastErrorCode(),
  ): string {
    if (result.threw) {
      const error = result.error;
      return `threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`;
    }
    const named = code === undefined ? "" : `: error ${code}${this.errorWords(code)}`;
    return `returned ${JSON.stringify(String(result.value))}${named}`;
  }

  /**
   * Tells the developer, once per problem (`key`, by default the message): a broken LMS fails the
   * same way at every save, and the console should not fill up with it.
   */
  private tell(message: string, key = message): void {
    if (this.told.has(key)) return;
    this.told.add(key);
    const text = `${this.model.name}: ${message}`;
    try {
      this.log(text);
    } catch {
      // A broken logger must not break saving.
    }
  }

  private setState(state: SaveState): void {
    if (state === this.state) return;
    this.state = state;
    for (const listener of this.listeners) {
      try {
        listener(state);
      } catch (error) {
        this.tell(`a save-state listener threw: ${String(error)}`);
      }
    }
  }
}

/**
 * Why nothing may be recorded in this attempt, or undefined when it counts: review and browse
 * modes (RTE 4.2.14; 1.2 lesson_mode) and no-credit (RTE 4.2.2; 1.2 credit).
 */
function reviewOf(mode: string, credit: string): SessionStart["review"] {
  if (mode === "review" || mode === "browse") return mode;
  if (credit === "no-credit") return "no-credit";
  return undefined;
}

/** An element with its indexes replaced by `n`: `cmi.interactions.3.latency` → `cmi.interactions.n.latency`. */
function shapeOf(element: string): string {
  return element.replace(/\.\d+(?=\.|$)/g, ".n");
}

/** LMSs answer "true" as a string; some answer the boolean. */
function accepted(result: CallResult): boolean {
  return !result.threw && String(result.value) === "true";
}
