// What the simulated LMS keeps between launches, as a real LMS's database: per package, the data
// model it last committed (in this browser's localStorage), and what it loads from it when the
// learner comes back.

import { type RuleSetName, ruleSetOf } from "../launch-rules.js";
import type { Run, SavedCmi, ScormVersion } from "./run.js";

/** localStorage key prefix for what the LMS has committed, per package: its "database". */
const STORE = "lms-simulator:";

/** Keeps what the LMS holds now as committed; only committed data outlives a launch. */
export function persist(run: Run): void {
  try {
    localStorage.setItem(STORE + run.pkg, run.api.renderCMIToJSONString());
  } catch {
    /* storage blocked: resume works only within this page */
  }
}

/** The data model the LMS last committed for a package (the object under "cmi"), if any. */
export function savedFor(pkg: string): SavedCmi | undefined {
  try {
    const text = localStorage.getItem(STORE + pkg);
    return text ? JSON.parse(text).cmi : undefined;
  } catch {
    return undefined;
  }
}

/** Forgets what the LMS committed for a package. */
export function forget(pkg: string): void {
  try {
    localStorage.removeItem(STORE + pkg);
  } catch {
    /* nothing stored */
  }
}

/** Moves the committed data of package `from` to package `to`; false when there is none. */
export function moveSaved(from: string, to: string): boolean {
  const saved = localStorage.getItem(STORE + from);
  if (saved === null) return false;
  localStorage.setItem(STORE + to, saved);
  localStorage.removeItem(STORE + from);
  return true;
}

/** Centiseconds in a SCORM 1.2 timespan (HHHH:MM:SS.SS) or a 2004 duration (PT1H2M3.4S). */
function centiseconds(version: ScormVersion, text: string | undefined): number {
  if (!text) return 0;
  if (version === "12") {
    const m = /^(\d{2,4}):(\d{2}):(\d{2})(?:\.(\d{1,2}))?$/.exec(text);
    if (!m) return 0;
    return (
      (Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3])) * 100 +
      Number((m[4] ?? "0").padEnd(2, "0"))
    );
  }
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(text);
  if (!m) return 0;
  const [, d = 0, h = 0, min = 0, s = 0] = m;
  return Math.round(((Number(d) * 24 + Number(h)) * 3600 + Number(min) * 60 + Number(s)) * 100);
}

function formatTime(version: ScormVersion, cs: number): string {
  const h = Math.floor(cs / 360000);
  const min = Math.floor((cs % 360000) / 6000);
  const s = Math.floor((cs % 6000) / 100);
  const hundredths = cs % 100;
  if (version === "12") {
    const pad = (n: number) => String(n).padStart(2, "0");
    return `${pad(Math.min(h, 9999))}:${pad(min)}:${pad(s)}.${pad(hundredths)}`;
  }
  const seconds = hundredths ? `${s}.${String(hundredths).padStart(2, "0")}` : String(s);
  return `PT${h}H${min}M${seconds}S`;
}

/**
 * What a returning learner's LMS would load: the saved data model, with the fields an LMS sets
 * itself at launch: entry (resume when the learner left with exit "suspend"), the session time
 * added to the total, and exit and session time cleared. An LMS that keeps the last session
 * time (Forma, `rules` by name) adds it again when the next session sets none.
 */
export function resumeData(
  version: ScormVersion,
  data: SavedCmi | undefined,
  rules?: RuleSetName | string,
): SavedCmi | undefined {
  if (!data) return undefined;
  const copy: SavedCmi = JSON.parse(JSON.stringify(data));
  if (version === "12" && !copy.core) copy.core = {};
  const at: SavedCmi = version === "12" ? copy.core : copy;
  at.entry = at.exit === "suspend" ? "resume" : "";
  const total = centiseconds(version, at.total_time) + centiseconds(version, at.session_time);
  if (total > 0) at.total_time = formatTime(version, total);
  delete at.exit;
  if (!ruleSetOf(rules).repeatsLastSessionTime) delete at.session_time;
  return copy;
}
