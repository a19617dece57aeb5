/**
 * The one small interface the player uses to talk to whatever launched it: a SCORM 1.2 LMS, a
 * SCORM 2004 LMS, or nothing (progress kept in this browser). Implementations never throw to the
 * player: an LMS that fails is reported through `saveState`, and what the learner did stays in
 * memory to be sent again at the next save point.
 */
import type { Interaction } from "../kit/interaction.js";
import type { HeldStatus, Report } from "../progress/report.js";

export type ConnectionKind = "scorm12" | "scorm2004" | "local";

/**
 * - `saved`: the LMS accepted and committed the last save.
 * - `saving`: a save is under way.
 * - `unsaved`: the LMS refused or failed; the next save point retries.
 * - `local`: no LMS; progress is kept in this browser only.
 * - `memory`: no LMS, and this browser will not store anything (storage blocked or full):
 *   progress lasts only while the page is open.
 * - `review`: the LMS opened a finished attempt to look at (review or browse mode, or no credit):
 *   nothing is recorded.
 */
export type SaveState = "saved" | "saving" | "unsaved" | "local" | "memory" | "review";

/** What the LMS told the course when the session started. */
export interface SessionStart {
  /** Saved state from an earlier session (`cmi.suspend_data`), or "" on a first launch. */
  suspendData: string;
  /** The bookmark (`cmi.core.lesson_location` / `cmi.location`), or "". */
  location: string;
  /** The learner's name as the LMS gives it ("Surname, Forename" in most LMSs), when it does. */
  learnerName?: string;
  held: HeldStatus;
  /** A pass mark (0–100) the LMS supplies, overriding the course's, when it does. */
  masteryScore?: number;
  /** True on the learner's first launch of this attempt. */
  firstLaunch: boolean;
  /**
   * Set when the LMS opened the attempt only to look at: `review` or `browse` mode, or
   * `no-credit`. The course then records nothing and offers nothing that would change a result.
   */
  review?: "review" | "browse" | "no-credit";
}

export interface LmsConnection {
  readonly kind: ConnectionKind;

  /**
   * Called once, before anything else. Initialises the LMS session and reads what it holds.
   * Never throws: an LMS that fails to start yields an empty start and `saveState` "unsaved".
   */
  start(): SessionStart;

  /**
   * Called after each meaningful change (an answer, a module opened or finished, a reflection
   * saved). Writes the report and any new interactions, then commits. Returns the save state.
   * Interactions that the LMS did not take are kept and offered again at the next call.
   */
  save(report: Report, interactions: readonly Interaction[]): SaveState;

  /**
   * Called when the page is being hidden: commits what was last saved, so nothing depends on
   * the page staying alive.
   */
  flush(): void;

  /**
   * Called once when the learner leaves (their own exit, or `pagehide` not persisted): writes
   * session time and exit, then terminates. Any later call does nothing.
   */
  finish(report: Report): void;

  /** The current save state. */
  readonly saveState: SaveState;

  /** Called whenever saveState changes. */
  onSaveStateChange(listener: (state: SaveState) => void): void;
}
