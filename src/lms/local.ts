/**
 * The connection used when there is no LMS: keeps saved state, bookmark and status in this
 * browser's localStorage, and in memory when the browser will not store anything.
 */
import type { Interaction } from "../kit/interaction.js";
import type { HeldStatus, Report } from "../progress/report.js";
import type { LmsConnection, SaveState, SessionStart } from "./connection.js";

/** The part of `Storage` the connection uses, so tests and odd browsers can supply their own. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem?(key: string): void;
}

/** Bump when the stored record changes shape; an unknown format starts fresh. */
const RECORD_FORMAT = 1;

interface LocalRecord {
  format: typeof RECORD_FORMAT;
  suspendData: string;
  location: string;
  completion: HeldStatus["completion"];
  success: HeldStatus["success"];
}

const COMPLETIONS: ReadonlySet<string> = new Set(["completed", "incomplete", "unknown"]);
const SUCCESSES: ReadonlySet<string> = new Set(["passed", "failed", "unknown"]);

/**
 * Keyed by course id only, never by version: a republished course keeps the learner's progress
 * (the snapshot codec drops what no longer applies).
 */
export function storageKeyOf(courseId: string): string {
  return `scorm-course:${courseId}`;
}

function recordOf(text: string | null): LocalRecord | undefined | "unreadable" {
  if (text === null) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== "object" || value === null) return "unreadable";
    const r = value as Record<string, unknown>;
    if (
      r.format !== RECORD_FORMAT ||
      typeof r.suspendData !== "string" ||
      typeof r.location !== "string" ||
      typeof r.completion !== "string" ||
      !COMPLETIONS.has(r.completion) ||
      typeof r.success !== "string" ||
      !SUCCESSES.has(r.success)
    ) {
      return "unreadable";
    }
    return value as LocalRecord;
  } catch {
    return "unreadable";
  }
}

export interface LocalOptions {
  /** Where problems are told to the developer; `console.warn` unless a test supplies one. */
  log?: (message: string) => void;
}

export class LocalConnection implements LmsConnection {
  readonly kind = "local" as const;
  /** "local" while the browser keeps what is written; "memory" once it refuses. */
  private state: "local" | "memory" = "local";
  private readonly listeners: Array<(state: SaveState) => void> = [];

  private readonly key: string;
  private readonly storage: () => KeyValueStore | null | undefined;
  private readonly log: (message: string) => void;
  private record: LocalRecord | undefined;
  private session: SessionStart | undefined;
  private finished = false;
  private readonly told = new Set<string>();

  /**
   * `storage` is a function because merely reading `window.localStorage` throws a SecurityError
   * where the browser blocks storage (sandboxed frames, some privacy settings).
   */
  constructor(
    courseId: string,
    storage: () => KeyValueStore | null | undefined,
    options: LocalOptions = {},
  ) {
    this.key = storageKeyOf(courseId);
    this.storage = storage;
    this.log = options.log ?? ((message) => console.warn(message));
  }

  start(): SessionStart {
    if (this.session) return this.session;
    let stored: ReturnType<typeof recordOf>;
    try {
      stored = recordOf(this.storage()?.getItem(this.key) ?? null);
    } catch (error) {
      this.tell(
        `progress cannot be read from this browser's storage (${String(error)}); starting fresh`,
      );
    }
    if (stored === "unreadable") {
      this.tell(`progress saved in this browser under "${this.key}" is unreadable; starting fresh`);
      stored = undefined;
    }
    this.record = stored;
    // Ask now whether anything can be kept, so the learner is not told it is until it is true.
    this.probe();
    this.session = {
      suspendData: stored?.suspendData ?? "",
      location: stored?.location ?? "",
      held: {
        completion: stored?.completion ?? "unknown",
        success: stored?.success ?? "unknown",
      },
      firstLaunch: stored === undefined,
    };
    return this.session;
  }

  save(report: Report, _interactions: readonly Interaction[]): SaveState {
    if (this.finished) return this.saveState;
    const held = this.record ?? this.session?.held;
    // Never regress: a learner who passed here stays passed when they come back to review.
    this.record = {
      format: RECORD_FORMAT,
      suspendData: report.suspendData,
      location: report.location ?? this.record?.location ?? "",
      completion: held?.completion === "completed" ? "completed" : report.completion,
      success: held?.success === "passed" ? "passed" : report.success,
    };
    this.persist();
    return this.saveState;
  }

  flush(): void {
    if (!this.finished) this.persist();
  }

  finish(report: Report): void {
    if (this.finished) return;
    this.save(report, []);
    this.finished = true;
  }

  get saveState(): SaveState {
    return this.state;
  }

  onSaveStateChange(listener: (state: SaveState) => void): void {
    this.listeners.push(listener);
  }

  /**
   * Whether this browser keeps anything: some refuse every write (storage blocked in a frame,
   * private modes) or are full. A probe key is written and removed, leaving the record alone.
   */
  private probe(): void {
    const probe = `${this.key}:probe`;
    this.write((storage) => {
      storage.setItem(probe, "1");
      storage.removeItem?.(probe);
    });
  }

  /** Writes the record; a full or forbidden storage leaves it in memory, tried again next save. */
  private persist(): void {
    const record = this.record;
    if (!record) return;
    this.write((storage) => storage.setItem(this.key, JSON.stringify(record)));
  }

  private write(action: (storage: KeyValueStore) => void): void {
    try {
      const storage = this.storage();
      if (!storage) throw new Error("this browser offers no localStorage");
      action(storage);
      this.setState("local");
    } catch (error) {
      this.tell(
        `progress cannot be stored in this browser (${String(error)}); ` +
          "it is kept only while this page is open",
      );
      this.setState("memory");
    }
  }

  private setState(state: "local" | "memory"): void {
    if (state === this.state) return;
    this.state = state;
    for (const listener of this.listeners) {
      try {
        listener(state);
      } catch {
        // A broken listener must not break saving.
      }
    }
  }

  private tell(message: string): void {
    if (this.told.has(message)) return;
    this.told.add(message);
    try {
      this.log(`No LMS: ${message}`);
    } catch {
      // A broken logger must not break the course.
    }
  }
}
