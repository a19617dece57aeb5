/**
 * The team feedback sheets a board collected (JSON files saved by the web package's team
 * session, src/team-session/feedback.ts), read from a folder and counted for the report's "How
 * teams used this learning". A file that is not a sheet of this course stops the report with one
 * line naming it and what was expected, as a bad export does.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { NamedChange } from "../../team-session/data.js";
import { AGENCIES, checkFeedback, type TeamFeedback } from "../../team-session/feedback.js";
import { ExportError } from "./attempt.js";

export interface ReadSheet {
  file: string;
  sheet: TeamFeedback;
}

/** Every sheet in each folder (its `.json` files, in name order), each checked against the course. */
export function readFeedbackFolders(folders: readonly string[], courseId: string): ReadSheet[] {
  const out: ReadSheet[] = [];
  for (const folder of folders) {
    let names: string[];
    try {
      if (!statSync(folder).isDirectory()) throw new Error("not a folder");
      names = readdirSync(folder)
        .filter((n) => n.toLowerCase().endsWith(".json"))
        .sort();
    } catch {
      throw new ExportError(
        `${folder}: not a folder; --feedback names a folder of team feedback sheets (.json files saved by the team session)`,
      );
    }
    if (names.length === 0)
      throw new ExportError(
        `${folder}: no team feedback sheets in it; expected .json files saved by the team session (index.html#team in the web package)`,
      );
    for (const name of names) out.push(readSheet(join(folder, name), courseId));
  }
  return out;
}

export function readSheet(file: string, courseId: string): ReadSheet {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    throw new ExportError(
      `${file}: not JSON; expected a team feedback sheet saved by the team session`,
    );
  }
  const checked = checkFeedback(value, courseId);
  if ("expected" in checked) throw new ExportError(`${file}: expected ${checked.expected}`);
  return { file, sheet: checked.sheet };
}

export interface FeedbackTally {
  sheets: number;
  /** The first and last day a sheet was saved. */
  from?: string;
  to?: string;
  /** Sheets by the session's length in minutes. */
  byPlan: Array<{ minutes: number; count: number }>;
  /** Every agency, in the sheet's order, with its count (0 included). */
  byAgency: Array<{ id: string; label: string; count: number }>;
  /**
   * Every change the course names (0 included), in its order, then any a sheet names that the
   * course does not (a sheet of another version), with the sheet's own words.
   */
  byChange: Array<NamedChange & { count: number; inCourse: boolean }>;
  /** Sheets naming a change of their own ("other"). */
  otherChanges: number;
  /** Sheets that say what the team needs from the partnership. */
  needs: number;
  /** Sheets that say what the team discussed. */
  discussed: number;
  /** People in the sessions, over the sheets that gave a team size. */
  people: number;
  sized: number;
}

export function tallyFeedback(
  sheets: readonly ReadSheet[],
  changes: readonly NamedChange[],
): FeedbackTally {
  const count = <T>(pick: (s: TeamFeedback) => T) => {
    const m = new Map<T, number>();
    for (const { sheet } of sheets) m.set(pick(sheet), (m.get(pick(sheet)) ?? 0) + 1);
    return m;
  };
  const agencies = count((s) => s.agency);
  const plans = count((s) => s.plan);
  const named = new Map<string, { text: string; count: number }>();
  for (const { sheet } of sheets)
    for (const c of new Map(sheet.changes.map((x) => [x.id, x])).values()) {
      const n = named.get(c.id) ?? { text: c.text, count: 0 };
      n.count += 1;
      named.set(c.id, n);
    }
  const known = new Set(changes.map((c) => c.id));
  const dates = sheets.map((s) => s.sheet.date).sort();
  const sizes = sheets.flatMap((s) => (s.sheet.teamSize === null ? [] : [s.sheet.teamSize]));
  const filled = (key: "otherChange" | "needs" | "discussed") =>
    sheets.filter((s) => s.sheet[key].trim() !== "").length;
  return {
    sheets: sheets.length,
    ...(dates.length ? { from: dates[0], to: dates[dates.length - 1] } : {}),
    byPlan: [...plans].sort(([a], [b]) => a - b).map(([minutes, n]) => ({ minutes, count: n })),
    byAgency: AGENCIES.map((a) => ({ id: a.id, label: a.label, count: agencies.get(a.id) ?? 0 })),
    byChange: [
      ...changes.map((c) => ({ ...c, count: named.get(c.id)?.count ?? 0, inCourse: true })),
      ...[...named]
        .filter(([id]) => !known.has(id))
        .map(([id, n]) => ({ id, text: n.text, count: n.count, inCourse: false })),
    ],
    otherChanges: filled("otherChange"),
    needs: filled("needs"),
    discussed: filled("discussed"),
    people: sizes.reduce((a, b) => a + b, 0),
    sized: sizes.length,
  };
}
