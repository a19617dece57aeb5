// What the LMS puts in the data model before the course starts: who the learner is, how the
// attempt opens, and what the chosen LMS's rules (launch-rules.ts) take from the manifest.

import { type RuleSet, reopenedAs } from "../launch-rules.js";
import type { ManifestInfo } from "./manifest.js";
import type { LaunchOptions, SavedCmi, ScormVersion } from "./run.js";

/** The learner the simulated LMS launches the course for. */
const LEARNER = { id: "learner-1", name: "Learner, Sample" };

/**
 * Who the learner is, how the attempt starts and, when the LMS reads the manifest, the pass mark
 * and the objectives' ids.
 */
function lmsSetup(
  version: ScormVersion,
  manifest: ManifestInfo | undefined,
  fresh: boolean,
  rules: RuleSet,
): SavedCmi {
  const seq = manifest?.sequencing;
  if (version === "12") {
    const core: SavedCmi = { student_id: LEARNER.id, student_name: LEARNER.name };
    if (fresh) core.entry = "ab-initio";
    const setup: SavedCmi = { core };
    const mastery = seq ? rules.masteryScore(seq) : "";
    if (mastery) setup.student_data = { mastery_score: mastery };
    return setup;
  }
  const setup: SavedCmi = { learner_id: LEARNER.id, learner_name: LEARNER.name };
  if (fresh) setup.entry = "ab-initio";
  const passing = seq ? rules.scaledPassingScore(seq) : "";
  if (passing) setup.scaled_passing_score = passing;
  // 2004: the LMS starts cmi.objectives with the ids the sequencing rules declare.
  const ids = seq ? [seq.primary, ...seq.objectives].map((o) => o?.id).filter((id) => id) : [];
  if (fresh && ids.length > 0) {
    setup.objectives = Object.fromEntries([...new Set(ids)].map((id, n) => [n, { id }]));
  }
  return setup;
}

/** How the LMS opens the attempt: mode and credit, as 1.2 (core) or 2004 (top level) data. */
function attemptMode(
  version: ScormVersion,
  mode: string | undefined,
  credit: string | undefined,
): SavedCmi | undefined {
  if (!mode && !credit) return undefined;
  if (version === "12") {
    return { core: { ...(mode ? { lesson_mode: mode } : {}), ...(credit ? { credit } : {}) } };
  }
  return { ...(mode ? { mode } : {}), ...(credit ? { credit } : {}) };
}

function merge(base: SavedCmi, over: SavedCmi | undefined): SavedCmi {
  if (over === undefined) return base;
  const out = { ...base };
  for (const [key, value] of Object.entries(over)) {
    out[key] =
      value && typeof value === "object" && base[key] && typeof base[key] === "object"
        ? merge(base[key], value)
        : value;
  }
  return out;
}

/**
 * The data model a launch starts with, and how the attempt is opened. `manifest` is undefined
 * when the LMS is not set up from the manifest; `saved` is what a returning learner's LMS loads.
 */
export function launchData(
  version: ScormVersion,
  manifest: ManifestInfo | undefined,
  saved: SavedCmi | undefined,
  rules: RuleSet,
  options: Pick<LaunchOptions, "attemptMode" | "credit">,
): { data: SavedCmi; attempt: { mode: string; credit: string } } {
  // The pass mark comes from the manifest at every launch, whatever the attempt held before.
  const fromManifest = lmsSetup(version, manifest, false, rules);
  const passMark = !manifest
    ? undefined
    : version === "12"
      ? { student_data: fromManifest.student_data ?? { mastery_score: "" } }
      : { scaled_passing_score: fromManifest.scaled_passing_score ?? "" };
  // A finished attempt reopens in review mode (Moodle) or without credit (Forma) where the LMS
  // does so, unless the test or the form says how to open it.
  const reopened = options.attemptMode ? undefined : reopenedAs(rules, version, saved);
  const mode = options.attemptMode ?? reopened?.mode;
  const credit =
    options.credit ??
    reopened?.credit ??
    (mode === "review" || mode === "browse" ? "no-credit" : undefined);
  const data = merge(
    merge(merge(lmsSetup(version, manifest, saved === undefined, rules), saved), passMark),
    attemptMode(version, mode, credit),
  );
  return { data, attempt: { mode: mode ?? "normal", credit: credit ?? "credit" } };
}
