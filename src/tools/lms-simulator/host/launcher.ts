// Launching and closing a package as the LMS does: the launch data, the API put where the course
// looks for it, and the learner leaving. Holds the launch on screen; the page shows it through
// the LaunchView it registers.

import { ruleSetOf } from "../launch-rules.js";
import { NO_FAULTS } from "./faults.js";
import { launchData } from "./launch-data.js";
import { manifests, versionOf } from "./manifest.js";
import type { Faults, LaunchOptions, Run, SavedCmi } from "./run.js";
import { makeApi, wrapApi } from "./scorm-api.js";
import { persist, resumeData, savedFor } from "./storage.js";

/** What the launcher asks of the page. */
export interface LaunchView {
  /** Shows a launch's settings in the form, so what is on screen is what runs. */
  showSettings(run: Run): void;
  /**
   * Opens the course at `src` as the launch asks: in a frame, three frames down, or in a new
   * window (setting run.popup); then says so and shows the launch.
   */
  openCourse(run: Run, src: string, resumed: boolean): void;
  /** Removes the course's frame, as the learner leaving; the course unloads at once. */
  removeCourse(): void;
  /** What the LMS holds, or the session's phase, may have changed: show it soon. */
  changed(): void;
}

/** The places the course looks for the API (window.API: 1.2, window.API_1484_11: 2004). */
type ApiHolder = { API?: unknown; API_1484_11?: unknown };
const holder = window as unknown as ApiHolder;

const NOWHERE: LaunchView = {
  showSettings() {},
  openCourse() {},
  removeCourse() {},
  changed() {},
};

/**
 * The launch on screen. `faults` is live: setFaults changes it while the course runs.
 * `calls` belongs to this launch only, so a course that is closing still logs to its own launch.
 */
let current: Run | null = null;
let launchCount = 0;
let view: LaunchView = NOWHERE;

/** Where launches are shown from now on. */
export function showLaunchesIn(page: LaunchView): void {
  view = page;
}

/** The launch on screen, or null before any launch. */
export function currentRun(): Run | null {
  return current;
}

/**
 * Ends the launch on screen as a learner who closes it: the course's frame is removed (the
 * course gets pagehide) or its window closed. Resolves once the course has terminated, or the
 * window is gone and the course had a moment to do so.
 */
export function closeCourse(): Promise<void> {
  const run = current;
  if (!run || run.closed) return Promise.resolve();
  run.closed = true;
  const popup = run.popup;
  if (popup && !popup.closed) {
    popup.close();
    return new Promise((resolve) => {
      const started = Date.now();
      const wait = () => {
        const gone = popup.closed && Date.now() - started > 300;
        if (run.phase !== "running" || gone || Date.now() - started > 3000) {
          view.changed();
          resolve();
        } else setTimeout(wait, 50);
      };
      wait();
    });
  }
  // Removing the frame unloads the course synchronously: it terminates before this returns.
  view.removeCourse();
  view.changed();
  return Promise.resolve();
}

/**
 * Launches a package (see LaunchOptions). A course already open is closed first, so its last
 * words reach the LMS before the next launch reads them. Returns a promise; in a frame the new
 * launch has started when the call returns.
 */
export function launch(options: LaunchOptions): Promise<void> {
  const closing = current && !current.closed ? closeCourse() : null;
  if (current?.popup && closing) return closing.then(() => start(options));
  start(options);
  return Promise.resolve();
}

function start(options: LaunchOptions): void {
  const faults: Faults = { ...NO_FAULTS, ...options.faults };
  const pkg = options.pkg;
  const version = versionOf(pkg);
  const manifest = options.manifest === false ? undefined : manifests.get(pkg);
  const rules = ruleSetOf(options.lms);
  const saved: SavedCmi | undefined =
    options.saved ?? (options.resume ? resumeData(version, savedFor(pkg), rules.name) : undefined);
  const { data, attempt } = launchData(version, manifest, saved, rules, options);
  const run: Run = {
    id: ++launchCount,
    pkg,
    version,
    options: { ...options, faults },
    faults,
    calls: [],
    api: makeApi(version, data),
    rules,
    attempt,
    phase: faults.noApi ? "no-api" : "waiting",
    injected: null,
    popup: null,
    closed: false,
  };
  current = run;
  delete holder.API;
  delete holder.API_1484_11;
  if (!faults.noApi) {
    const wrapped = wrapApi(run, { committed: persist, changed: () => view.changed() });
    if (version === "2004") holder.API_1484_11 = wrapped;
    else holder.API = wrapped;
  }
  view.showSettings(run);
  const page = manifest?.href || "index.html";
  view.openCourse(run, `/pkg/${encodeURIComponent(pkg)}/${page}`, saved !== undefined);
}

/** Changes the faults of the course on screen (and of the next launch from the form). */
export function setFaults(faults: Partial<Faults>): void {
  if (current) {
    Object.assign(current.faults, faults);
    view.showSettings(current);
    view.changed();
  }
}

/** The data model as the LMS holds it (the object under "cmi"). */
export function cmi(): SavedCmi | null {
  return current ? JSON.parse(current.api.renderCMIToJSONString()).cmi : null;
}
