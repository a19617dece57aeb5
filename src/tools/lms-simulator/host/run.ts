// One launch of a package in the simulated LMS, and the words every part of the host page uses
// for it: the launch options tests and the form give, the faults, the log of API calls.

import type { Scorm12API, Scorm2004API } from "scorm-again";
import type { RuleSet, RuleSetName, ScormVersion } from "../launch-rules.js";

export type { ScormVersion };

/** How the simulated LMS misbehaves on purpose; live while the course runs (see setFaults). */
export interface Faults {
  /** Every SetValue answers "false" (a general set failure). */
  rejectSetValue: boolean;
  /** Every Commit answers "false" (a general commit failure). */
  failCommit: boolean;
  /** No API is offered at all, from the next launch. */
  noApi: boolean;
  /** Milliseconds each call blocks the course's thread, as a slow LMS does. */
  slowMs: number;
  /** Element shapes (indexes as n) refused as "not implemented". */
  unsupported: string[];
  /** Element shapes whose every value is refused as of the wrong type (1.2: 405, 2004: 406). */
  wrongType: string[];
}

/** What a launch is asked for, by the form, a query string or a test (window.simulator.launch). */
export interface LaunchOptions {
  pkg: string;
  /** How the course is opened: a frame on the page (default), a new window, or three frames down. */
  mode?: "iframe" | "popup" | "nested";
  faults?: Partial<Faults>;
  /** A data model to start from, as an LMS would load for a returning learner. */
  saved?: SavedCmi;
  /** Start from what the simulator last committed for the package (its "Relaunch"). */
  resume?: boolean;
  /** Set up pass mark and objectives from the manifest, as an LMS does; true unless false. */
  manifest?: boolean;
  /** Whose launch rules the LMS follows; the standard's by default. */
  lms?: RuleSetName | string;
  /** How the LMS opens the attempt; by default what the rules say. */
  attemptMode?: "normal" | "review" | "browse";
  credit?: "credit" | "no-credit";
}

/** A data model as JSON, the object under "cmi" (1.2 or 2004 shape), read by path. */
// biome-ignore lint/suspicious/noExplicitAny: untyped JSON from scorm-again, read by path
export type SavedCmi = Record<string, any>;

/** One call the course made on the API, as the "API calls" list and the tests read it. */
export interface LmsCall {
  method: string;
  args: unknown[];
  result: string;
  /** When it was made (Date.now()). */
  at: number;
  /** The simulator failed it on purpose (a fault). */
  injected?: boolean;
  /** GetLastError after a call that answered "false". */
  error?: string;
  /** The rule set whose check refused the value (launch-rules.ts), not a fault. */
  refusedBy?: RuleSetName;
}

export type LmsApi = Scorm12API | Scorm2004API;

/** "waiting" for Initialize, "running", "ended" by Terminate, or "no-api" (a fault). */
export type Phase = "waiting" | "running" | "ended" | "no-api";

export interface Run {
  /** Counts launches on this page. */
  id: number;
  pkg: string;
  version: ScormVersion;
  options: LaunchOptions & { faults: Faults };
  /** The same object as options.faults; setFaults changes it while the course runs. */
  faults: Faults;
  /** This launch's calls only, so a course that is closing still logs to its own launch. */
  calls: LmsCall[];
  api: LmsApi;
  rules: RuleSet;
  attempt: { mode: string; credit: string };
  phase: Phase;
  /** The error GetLastError reports after a call the simulator failed or refused itself. */
  injected: readonly [code: string, message: string] | null;
  popup: Window | null;
  closed: boolean;
}
