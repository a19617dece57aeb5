/**
 * The team feedback sheet as a file: what the team session saves (a small JSON file the team's
 * browser downloads; nothing is sent) and what `npm run report -- --feedback <folder>` reads
 * back (src/tools/report/team-feedback.ts). One definition of the format for both, so a sheet
 * the session writes is always one the report accepts. Pure: no DOM, no Node.
 */
import type { NamedChange } from "./data.js";

/** The marker a sheet carries, so a report never mistakes another JSON file for one. */
export const FEEDBACK_FORMAT = "safeguarding-briefing-team-feedback";
export const FEEDBACK_FORMAT_VERSION = 1;

/** The agencies a team may say it belongs to, as the sheet's select offers them. */
export const AGENCIES = [
  { id: "social-care", label: "Children's social care" },
  { id: "police", label: "Police" },
  { id: "health", label: "Health" },
  { id: "education", label: "Education" },
  { id: "early-help", label: "Early help" },
  { id: "voluntary", label: "Voluntary sector" },
  { id: "other", label: "Other" },
] as const;
export type AgencyId = (typeof AGENCIES)[number]["id"];

/** The free-text answers' limit: a sheet is a few paragraphs, not a document. */
export const TEXT_LIMIT = 4000;

export interface TeamFeedback {
  format: typeof FEEDBACK_FORMAT;
  formatVersion: typeof FEEDBACK_FORMAT_VERSION;
  course: { id: string; version: string };
  /** The session's plan, in minutes. */
  plan: number;
  /** The day the sheet was saved (YYYY-MM-DD). */
  date: string;
  agency: AgencyId;
  teamSize: number | null;
  discussed: string;
  /** The changes the team named, each with the words it was shown. */
  changes: NamedChange[];
  otherChange: string;
  needs: string;
}

/** The file a sheet is saved as: `family-m-1.2.0-team-feedback-2026-12-03.json`. */
export function feedbackFileName(course: { id: string; version: string }, date: string): string {
  return `${course.id}-${course.version}-team-feedback-${date}.json`;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * A parsed file checked as a sheet: the sheet, or what was expected, in words for the board
 * staff who collected it (the caller names the file). `courseId`, when given, is the course the
 * report is for.
 */
export function checkFeedback(
  value: unknown,
  courseId?: string,
): { sheet: TeamFeedback } | { expected: string } {
  const no = (expected: string) => ({ expected });
  if (!isObject(value) || value.format !== FEEDBACK_FORMAT)
    return no(
      `a team feedback sheet saved by the team session (a JSON object with "format": "${FEEDBACK_FORMAT}")`,
    );
  if (value.formatVersion !== FEEDBACK_FORMAT_VERSION)
    return no(
      `"formatVersion": ${FEEDBACK_FORMAT_VERSION}, found ${JSON.stringify(value.formatVersion)} (a sheet from a newer tool? update this project)`,
    );
  const c = value.course;
  if (!isObject(c) || typeof c.id !== "string" || typeof c.version !== "string")
    return no('"course" with the course\'s "id" and "version"');
  if (courseId !== undefined && c.id !== courseId)
    return no(
      `a sheet of course ${courseId}, found one of course ${c.id}: report each course apart (give its folder with --course)`,
    );
  if (typeof value.plan !== "number" || !Number.isInteger(value.plan) || value.plan <= 0)
    return no('"plan": the session\'s length in minutes, a whole number');
  if (typeof value.date !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value.date))
    return no('"date" as YYYY-MM-DD');
  if (!AGENCIES.some((a) => a.id === value.agency))
    return no(`"agency", one of ${AGENCIES.map((a) => a.id).join(", ")}`);
  const size = value.teamSize;
  if (size !== null && (typeof size !== "number" || !Number.isInteger(size) || size < 1))
    return no('"teamSize": a whole number of people, or null');
  for (const key of ["discussed", "otherChange", "needs"] as const) {
    const t = value[key];
    if (typeof t !== "string" || t.length > TEXT_LIMIT)
      return no(`"${key}": text of at most ${TEXT_LIMIT} characters`);
  }
  const changes = value.changes;
  if (
    !Array.isArray(changes) ||
    !changes.every((x) => isObject(x) && typeof x.id === "string" && typeof x.text === "string")
  )
    return no('"changes": a list of the changes named, each with its "id" and "text"');
  return { sheet: value as unknown as TeamFeedback };
}
