/**
 * The shape every SCORM version's data model table takes, so that one session (session.ts) can
 * drive SCORM 1.2 and SCORM 2004 alike; the tables themselves live in scorm12.ts and scorm2004.ts.
 */
import type { Interaction } from "../kit/interaction.js";
import type { HeldStatus, ObjectiveReport, Report } from "../progress/report.js";
import type { ConnectionKind } from "./connection.js";

/** One data model element and the value to give it, in the order the LMS should see them. */
export type Write = readonly [element: string, value: string];

/** The names a version gives the runtime API methods the session calls. */
export interface ApiMethods {
  initialize: string;
  terminate: string;
  getValue: string;
  setValue: string;
  commit: string;
  getLastError: string;
  /** The LMS's own words for an error code, for messages to the developer. */
  getErrorString: string;
}

/** What the LMS held when the session started, as far as status goes. */
export interface StatusAtStart {
  held: HeldStatus;
  /**
   * The score the LMS holds (0–100), read only for a learner it holds as passed: a passed
   * learner's score is never lowered (see session.ts).
   */
  passedScore?: number;
  /** The LMS has no status yet: the session marks the attempt incomplete and commits. */
  neverAttempted: boolean;
}

export interface DataModel {
  readonly kind: Exclude<ConnectionKind, "local">;
  /** "SCORM 1.2" or "SCORM 2004", for messages to the developer. */
  readonly name: string;
  readonly methods: ApiMethods;
  /**
   * The codes with which an LMS says it does not implement an element at all. Many LMSs leave
   * out optional elements (interaction latency, objectives of an interaction): a value refused
   * with one of these codes is left out from then on, and is not a failure to save.
   */
  readonly unimplementedErrors: readonly number[];
  /**
   * Element shapes (`cmi.objectives.n.description`) the course can do without: they change no
   * status, score or answer. One refused as a wrong value (`valueErrors`) is left out from then
   * on, as an unimplemented one is (Forma LMS refuses every objective description).
   */
  readonly optionalElements: readonly string[];
  /**
   * Longest value an element may take. A longer value is not sent at all: an LMS may cut it
   * silently (scorm-again keeps 1.2 suspend data over 4096), and cut saved state is worse than
   * none.
   */
  readonly maxLength: Readonly<Record<string, number>>;
  /** Elements read once at start, or written outside a report. */
  readonly elements: {
    readonly entry: string;
    readonly location: string;
    readonly suspendData: string;
    readonly learnerName: string;
    readonly masteryScore: string;
    /** How the LMS opened the attempt (normal, review, browse) and whether it counts (credit). */
    readonly mode: string;
    readonly credit: string;
    readonly objectiveCount: string;
    readonly interactionCount: string;
    readonly sessionTime: string;
  };
  /** The value of `cmi.core.entry` / `cmi.entry` that marks a new attempt. */
  readonly newAttemptEntry: string;
  objectiveId(n: number): string;
  /**
   * The element holding interaction n's id, or null where interactions are write-only (1.2):
   * there the session can only append.
   */
  readonly interactionId: ((n: number) => string) | null;
  readStatus(read: (element: string) => string): StatusAtStart;
  /** Written and committed at the first launch of an attempt. */
  readonly firstLaunchWrites: readonly Write[];
  /**
   * The LMS's pass mark as 0–100, or undefined when it gives none or gives a value outside the
   * element's range (1.2: 0–100; 2004: 0–1, as a pass mark below 0 would pass everyone).
   */
  masteryScoreOf(value: string): number | undefined;
  /**
   * The codes with which an LMS refuses a value as of the wrong type or out of range: on an
   * interaction or objective id, the session tries the id's fallback form (identifier.ts).
   */
  readonly valueErrors: readonly number[];
  /** Location, suspend data, status, score, progress and exit. */
  reportWrites(report: Report): Write[];
  /** Objective n; the id comes first, and nothing else is written unless the LMS takes it. */
  objectiveWrites(n: number, objective: ObjectiveReport): Write[];
  /**
   * The write that takes objective n's score away (a theme whose questions changed on
   * republishing has no result yet), or null where the standard has no empty score (2004's
   * score elements take only numbers: there the status says the theme is not yet judged).
   */
  readonly clearObjectiveScore: ((n: number) => Write) | null;
  /** Interaction n; the id comes first, and nothing else is written unless the LMS takes it. */
  interactionWrites(n: number, interaction: Interaction): Write[];
  sessionTime(ms: number): string;
  /** 2004's Terminate implies a commit; 1.2 says nothing, so commit first to be safe. */
  readonly commitBeforeTerminate: boolean;
}

/**
 * A number as a CMI decimal: at most four decimals and never exponent notation, which `String()`
 * produces for tiny values and LMSs reject. Non-finite numbers become 0.
 */
export function decimal(n: number): string {
  if (!Number.isFinite(n)) return "0";
  const rounded = Math.round(n * 10_000) / 10_000;
  return String(rounded === 0 ? 0 : rounded);
}

export function clamp(n: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, n));
}

/** At most `max` UTF-16 units, never half of a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return /[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** `_count` as a number; anything unreadable counts as zero. */
export function countOf(value: string): number {
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) && n > 0 ? n : 0;
}
