/** Helpers for browser tests that drive the LMS simulator (src/tools/lms-simulator/host/). */
import { readdirSync } from "node:fs";
import type { FrameLocator, Page } from "@playwright/test";

export type ScormVersion = "scorm12" | "scorm2004";

export function simulatorUrl(): string {
  const url = process.env.SIMULATOR_URL;
  if (!url)
    throw new Error("SIMULATOR_URL is not set: run the browser tests with `playwright test`");
  return url;
}

/** The built zip of a course for a SCORM version, e.g. family-m-1.0.0-scorm12.zip. */
export function packageOf(courseId: string, version: ScormVersion): string {
  const dist = process.env.TEST_DIST as string;
  const names = readdirSync(dist).filter((f) =>
    new RegExp(`^${courseId}-\\d+\\.\\d+\\.\\d+-${version}\\.zip$`).test(f),
  );
  if (names.length === 0) throw new Error(`no ${version} package of ${courseId} in ${dist}`);
  // Two versions of one course: the test must name the one it means.
  if (names.length > 1) throw new Error(`${names.join(" and ")} in ${dist}: name the version`);
  return names[0];
}

export interface LaunchOptions {
  mode?: "iframe" | "popup" | "nested";
  faults?: {
    rejectSetValue?: boolean;
    failCommit?: boolean;
    noApi?: boolean;
    slowMs?: number;
    /** Element shapes the LMS says it does not implement, e.g. "cmi.interactions.n.latency". */
    unsupported?: string[];
    /** Element shapes whose every value the LMS refuses as of the wrong type (405 / 406). */
    wrongType?: string[];
  };
  /** A data model to start from, as an LMS would load for a returning learner. */
  saved?: unknown;
  /** Start from what the simulator last committed for this package (its "Relaunch"). */
  resume?: boolean;
  /** Set up pass mark and objectives from the manifest, as an LMS does; true unless false. */
  manifest?: boolean;
  /** Whose launch rules the LMS follows (src/tools/lms-simulator/launch-rules.ts); "standard" by default. */
  lms?: "standard" | "moodle" | "forma";
  /** How the LMS opens the attempt; by default what the rules say (Moodle: review once finished). */
  attemptMode?: "normal" | "review" | "browse";
  credit?: "credit" | "no-credit";
}

export type Faults = NonNullable<LaunchOptions["faults"]>;

interface SimulatorWindow {
  simulator: {
    ready: Promise<void>;
    launch: (options: unknown) => Promise<void>;
    close: () => Promise<void>;
    setFaults: (faults: Faults) => void;
    cmi: () => unknown;
    resumeData: (version: "12" | "2004", cmi: unknown, rules?: string) => unknown;
    saved: (pkg: string) => unknown;
    calls: LmsCall[];
    phase: string | null;
  };
}

export interface LmsCall {
  method: string;
  args: unknown[];
  result: string;
  /** Set when the simulator failed the call on purpose (a fault). */
  injected?: boolean;
  /** GetLastError after a call that answered "false". */
  error?: string;
}

/** Opens the simulator and launches a package in it; returns the course's frame. */
export async function launch(
  page: Page,
  pkg: string,
  options: LaunchOptions = {},
): Promise<FrameLocator> {
  await page.goto(`${simulatorUrl()}/`);
  await page.evaluate(
    async ([p, o]) => {
      const sim = (
        window as unknown as {
          simulator: { ready: Promise<void>; launch: (x: unknown) => unknown };
        }
      ).simulator;
      await sim.ready;
      await sim.launch({ pkg: p, mode: "iframe", ...o });
    },
    [pkg, options] as const,
  );
  const frame = courseFrame(page, options.mode ?? "iframe");
  await courseStarted(frame);
  return frame;
}

/**
 * Waits until the course's player runs (it has started its LMS session): the page shows the
 * first screen before that, prerendered and inert, so its heading alone says nothing.
 */
export async function courseStarted(view: FrameLocator | Page): Promise<void> {
  await view.locator("course-player:not([inert])").first().waitFor({ state: "attached" });
}

export function courseFrame(
  page: Page,
  mode: "iframe" | "popup" | "nested" = "iframe",
): FrameLocator {
  if (mode === "nested") {
    return page.frameLocator("#course").frameLocator("iframe").frameLocator("iframe");
  }
  return page.frameLocator("#course");
}

/**
 * The LMS's data model as scorm-again holds it: plain JSON whose shape depends on the SCORM
 * version, so tests read it by path.
 */
// biome-ignore lint/suspicious/noExplicitAny: untyped JSON from the LMS, read by path in tests
export type LmsModel = Record<string, any>;

export async function lmsData(page: Page): Promise<LmsModel> {
  return page.evaluate(() =>
    (window as unknown as { simulator: { cmi: () => unknown } }).simulator.cmi(),
  ) as Promise<LmsModel>;
}

/** The API calls the course made, in order. */
export async function lmsCalls(page: Page): Promise<LmsCall[]> {
  return page.evaluate(() => (window as unknown as SimulatorWindow).simulator.calls);
}

/** Opens the simulator page without launching anything; resolves when it is ready. */
export async function openSimulator(page: Page): Promise<void> {
  await page.goto(`${simulatorUrl()}/`);
  await page.evaluate(() => (window as unknown as SimulatorWindow).simulator.ready);
}

/** The simulator's name for a SCORM version. */
export function lmsVersion(version: ScormVersion): "12" | "2004" {
  return version === "scorm12" ? "12" : "2004";
}

/** The version of a package, from its file name. */
export function versionOfPackage(pkg: string): ScormVersion {
  return pkg.endsWith("-scorm2004.zip") ? "scorm2004" : "scorm12";
}

/**
 * Launches a package again in the simulator page already open, as a learner who comes back:
 * the course on screen is closed first (it terminates), then the new launch starts.
 */
export async function relaunch(
  page: Page,
  pkg: string,
  options: LaunchOptions = {},
): Promise<FrameLocator> {
  await page.evaluate(
    async ([p, o]) => {
      const sim = (window as unknown as SimulatorWindow).simulator;
      await sim.ready;
      await sim.launch({ pkg: p, mode: "iframe", ...o });
    },
    [pkg, options] as const,
  );
  return courseFrame(page, options.mode ?? "iframe");
}

/** Launches a package in a new window (the API on its opener); returns that window. */
export async function launchPopup(
  page: Page,
  pkg: string,
  options: Omit<LaunchOptions, "mode"> = {},
): Promise<Page> {
  await page.goto(`${simulatorUrl()}/`);
  const [popup] = await Promise.all([
    page.waitForEvent("popup"),
    page.evaluate(
      async ([p, o]) => {
        const sim = (window as unknown as SimulatorWindow).simulator;
        await sim.ready;
        await sim.launch({ pkg: p, ...o, mode: "popup" });
      },
      [pkg, options] as const,
    ),
  ]);
  await courseStarted(popup);
  return popup;
}

/** Closes the course as a learner leaving it (its frame removed or window closed). */
export async function closeCourse(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as SimulatorWindow).simulator.close());
}

/** Makes the LMS of the course on screen misbehave, or stop misbehaving, from now on. */
export async function setFaults(page: Page, faults: Faults): Promise<void> {
  await page.evaluate((f) => (window as unknown as SimulatorWindow).simulator.setFaults(f), faults);
}

/**
 * What an LMS loads for a returning learner from the data model it saved (entry set, the last
 * session time added to the total, etc.), under whose rules (the standard's by default).
 */
export async function resumeData(
  page: Page,
  version: ScormVersion,
  cmi: LmsModel,
  lms: LaunchOptions["lms"] = "standard",
): Promise<LmsModel> {
  return page.evaluate(
    ([v, data, rules]) =>
      (window as unknown as SimulatorWindow).simulator.resumeData(v, data, rules),
    [lmsVersion(version), cmi, lms] as const,
  ) as Promise<LmsModel>;
}

/** What the simulated LMS last committed for a package, or undefined. */
export async function savedData(page: Page, pkg: string): Promise<LmsModel | undefined> {
  return page.evaluate(
    (p) => (window as unknown as SimulatorWindow).simulator.saved(p),
    pkg,
  ) as Promise<LmsModel | undefined>;
}

/** scorm-again renders lists as objects keyed "0", "1", …: the items, in index order. */
export function listOf<T = LmsModel>(value: unknown): T[] {
  if (!value || typeof value !== "object") return [];
  return Object.entries(value as Record<string, T>)
    .filter(([k]) => /^\d+$/.test(k))
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([, v]) => v);
}

/** One interaction as the LMS holds it, read the same way for both versions. */
export interface TrackedInteraction {
  id: string;
  type: string;
  /** 1.2 student_response / 2004 learner_response, as sent. */
  response: string;
  /** correct_responses.0.pattern. */
  pattern: string;
  result: string;
  weighting: string;
  latency: string;
  /** 1.2 time / 2004 timestamp. */
  time: string;
  objective: string;
  /** 2004 only. */
  description?: string;
}

/** One objective as the LMS holds it. */
export interface TrackedObjective {
  id: string;
  /** 1.2 status, or 2004 success_status. */
  success: string;
  /** 1.2 status, or 2004 completion_status. */
  completion: string;
  raw: string;
  /** 2004 only. */
  scaled?: string;
}

/** What the LMS holds, with 1.2 and 2004 element names mapped to one shape. */
export interface Tracking {
  /** 1.2 lesson_status / 2004 completion_status. */
  completion: string;
  /** 1.2 lesson_status / 2004 success_status. */
  success: string;
  score: { raw: string; min: string; max: string; scaled?: string };
  location: string;
  entry: string;
  exit: string;
  sessionTime: string;
  suspendData: string;
  progressMeasure?: string;
  interactions: TrackedInteraction[];
  objectives: TrackedObjective[];
}

export function trackingOf(version: ScormVersion, cmi: LmsModel): Tracking {
  if (version === "scorm12") {
    const core = cmi.core ?? {};
    return {
      completion: core.lesson_status,
      success: core.lesson_status,
      score: { raw: core.score?.raw, min: core.score?.min, max: core.score?.max },
      location: core.lesson_location,
      entry: core.entry,
      exit: core.exit,
      sessionTime: core.session_time,
      suspendData: cmi.suspend_data ?? "",
      interactions: listOf(cmi.interactions).map((i) => ({
        id: i.id,
        type: i.type,
        response: i.student_response,
        pattern: listOf(i.correct_responses)[0]?.pattern,
        result: i.result,
        weighting: i.weighting,
        latency: i.latency,
        time: i.time,
        objective: listOf(i.objectives)[0]?.id,
      })),
      objectives: listOf(cmi.objectives).map((o) => ({
        id: o.id,
        success: o.status,
        completion: o.status,
        raw: o.score?.raw,
      })),
    };
  }
  return {
    completion: cmi.completion_status,
    success: cmi.success_status,
    score: {
      raw: cmi.score?.raw,
      min: cmi.score?.min,
      max: cmi.score?.max,
      scaled: cmi.score?.scaled,
    },
    location: cmi.location,
    entry: cmi.entry,
    exit: cmi.exit,
    sessionTime: cmi.session_time,
    suspendData: cmi.suspend_data ?? "",
    progressMeasure: cmi.progress_measure,
    interactions: listOf(cmi.interactions).map((i) => ({
      id: i.id,
      type: i.type,
      response: i.learner_response,
      pattern: listOf(i.correct_responses)[0]?.pattern,
      result: i.result,
      weighting: i.weighting,
      latency: i.latency,
      time: i.timestamp,
      objective: listOf(i.objectives)[0]?.id,
      description: i.description,
    })),
    objectives: listOf(cmi.objectives).map((o) => ({
      id: o.id,
      success: o.success_status,
      completion: o.completion_status,
      raw: o.score?.raw,
      scaled: o.score?.scaled,
    })),
  };
}

/** What the LMS holds now, read the same way for both versions. */
export async function tracking(page: Page, version: ScormVersion): Promise<Tracking> {
  return trackingOf(version, await lmsData(page));
}

/** Each version's formats, from the standard: what a valid value of each kind looks like. */
export const FORMATS = {
  scorm12: {
    /** CMITimespan: HHHH:MM:SS.SS, 2–4 hour digits, at most 2 decimals. */
    timespan: /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/,
    /** CMITime: HH:MM:SS(.SS). */
    time: /^\d{2}:\d{2}:\d{2}(\.\d{1,2})?$/,
    separator: ",",
    results: { correct: "correct", incorrect: "wrong" },
    terminate: "LMSFinish",
    initialize: "LMSInitialize",
    commit: "LMSCommit",
    setValue: "LMSSetValue",
    sessionTime: "cmi.core.session_time",
  },
  scorm2004: {
    /** timeinterval (second, 10, 2): an ISO 8601 duration with at least one part. */
    timespan: /^P(?!$)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?)?$/,
    /** time (second, 10, 0): YYYY-MM-DDThh:mm:ss, optionally fractions and a zone. */
    time: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,2})?(Z|[+-]\d{2}(:\d{2})?)?$/,
    separator: "[,]",
    results: { correct: "correct", incorrect: "incorrect" },
    terminate: "Terminate",
    initialize: "Initialize",
    commit: "Commit",
    setValue: "SetValue",
    sessionTime: "cmi.session_time",
  },
} as const;

/**
 * Collects uncaught errors of the page and its frames (and of windows it opens), so a test can
 * say that nothing crashed.
 */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  const watch = (p: Page) => p.on("pageerror", (e) => errors.push(`${e.name}: ${e.message}`));
  watch(page);
  page.context().on("page", watch);
  return errors;
}
