// The simulator's host page script: plays the LMS with scorm-again, launches a package as an LMS
// would (from its manifest), shows what the LMS holds as the learner works, and can misbehave on
// purpose. Board staff use it through the form; tests drive it through window.simulator.
// Launch data and identifier checks follow a chosen LMS's rules (../launch-rules.ts).
//
// The server bundles this file and its imports into /host.js (server.ts).

import { NO_FAULTS } from "./faults.js";
import { closeCourse, cmi, currentRun, launch, setFaults, showLaunchesIn } from "./launcher.js";
import { hostView, startPage } from "./page.js";
import { forget, resumeData, savedFor } from "./storage.js";
import { replacePackage, wireUpdateRehearsal } from "./update.js";

showLaunchesIn(hostView);

/** What tests, shots and the bench call on the page (tests/e2e/simulator.ts). */
const simulator = {
  launch,
  /** Ends the course on screen as a learner leaving it; resolves when it has gone. */
  close: closeCourse,
  setFaults,
  cmi,
  resumeData,
  /** What the LMS last committed for a package (the object under "cmi"), if anything. */
  saved: savedFor,
  /** Forgets what the LMS committed for a package. */
  reset: forget,
  /** Moves the learner's data to a new version of the package, as its upload does. */
  replacePackage,
  get api() {
    return currentRun()?.api ?? null;
  },
  get calls() {
    return currentRun()?.calls ?? [];
  },
  get popup() {
    return currentRun()?.popup ?? null;
  },
  get faults() {
    const run = currentRun();
    return run ? { ...run.faults } : { ...NO_FAULTS };
  },
  /** "waiting" | "running" | "ended" | "no-api", or null before any launch. */
  get phase() {
    return currentRun()?.phase ?? null;
  },
  get version() {
    return currentRun()?.version ?? null;
  },
  ready: startPage(),
};

(window as unknown as { simulator: typeof simulator }).simulator = simulator;

void simulator.ready.then(wireUpdateRehearsal);
