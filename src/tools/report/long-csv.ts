/**
 * Reads the plain long CSV any LMS export can be reshaped into: one row per answer, with the
 * columns `learner, attempt, question id, response, result, time` and, optionally, `version`.
 */
import { authoredIdOf } from "../../lms/identifier.js";
import { ExportError } from "./attempt.js";
import { columnKey } from "./fields.js";

export const LONG_COLUMNS = ["learner", "attempt", "question id", "response", "result", "time"];

export interface LongColumns {
  learner: number;
  attempt: number;
  question: number;
  response: number;
  version?: number;
  count: number;
}

/** True when a header (already split) names every long-CSV column. */
export function isLongHeader(names: readonly string[]): boolean {
  const keys = names.map(columnKey);
  return LONG_COLUMNS.every((c) => keys.includes(c));
}

/** Missing long-CSV columns of a header that has some of them, for a precise message. */
export function missingLongColumns(names: readonly string[]): string[] {
  const keys = names.map(columnKey);
  if (!keys.includes("learner") && !keys.includes("question id")) return [];
  return LONG_COLUMNS.filter((c) => !keys.includes(c));
}

export function longColumnsOf(names: readonly string[]): LongColumns {
  const keys = names.map(columnKey);
  const version = keys.indexOf("version");
  return {
    learner: keys.indexOf("learner"),
    attempt: keys.indexOf("attempt"),
    question: keys.indexOf("question id"),
    response: keys.indexOf("response"),
    version: version < 0 ? undefined : version,
    count: names.length,
  };
}

export interface LongRow {
  learner: string;
  attempt: string;
  version?: string;
  id: string;
  /** The response cell as written (option ids parsed later with optionIdsOf). */
  response: string;
}

export function longRowOf(
  fields: readonly string[],
  columns: LongColumns,
  file: string,
  line: number,
): LongRow {
  if (fields.length !== columns.count) {
    throw new ExportError(
      `${file}:${line}: ${fields.length} fields, expected ${columns.count}; a response with several options needs quotes ("a,b")`,
    );
  }
  const learner = fields[columns.learner].trim();
  const attempt = fields[columns.attempt].trim();
  const id = fields[columns.question].trim();
  for (const [name, value] of [
    ["learner", learner],
    ["attempt", attempt],
    ["question id", id],
  ]) {
    if (!value) throw new ExportError(`${file}:${line}: "${name}" is empty`);
  }
  const version = columns.version === undefined ? "" : fields[columns.version].trim();
  return {
    learner,
    attempt,
    version: version || undefined,
    id: authoredIdOf(id),
    response: fields[columns.response].trim(),
  };
}
