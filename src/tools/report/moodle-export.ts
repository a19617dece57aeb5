/**
 * Reads Moodle 4.4's SCORM interactions report as downloaded ("CSV", really tab-separated): one
 * row per attempt, then `Question N`, `Response N`, `Right answer N`, `Result N` per interaction.
 */
import { authoredIdOf } from "../../lms/identifier.js";
import { type Attempt, ExportError, optionIdsOf, type RecordedAnswer } from "./attempt.js";
import { columnKey } from "./fields.js";

export interface MoodleColumns {
  name?: number;
  email?: number;
  attempt: number;
  /** Per interaction slot: where its question id and response are. */
  slots: Array<{ question: number; response: number }>;
}

/** What a training lead changes in Moodle 4.4 to get an export this tool can read. */
export const TURN_ON =
  'in the Interactions report, under "Preferences just for this page", tick "Summary of question" and "Summary of responses" ("Summary of right answer" and "Summary of result" may be on or off), press "Show report", then Download "CSV" again';

const SLOT = /^(question|response|right answer|result) (\d+)$/;

/** True when a header (already split) looks like a Moodle SCORM report in English. */
export function isMoodleHeader(names: readonly string[]): boolean {
  const keys = names.map(columnKey);
  return keys.includes("attempt") && (keys.includes("name") || keys.includes("email address"));
}

/** Where the columns are, or an error a training lead can act on. */
export function moodleColumnsOf(names: readonly string[], file: string): MoodleColumns {
  const keys = names.map(columnKey);
  const at = (k: string) => {
    const i = keys.indexOf(k);
    return i < 0 ? undefined : i;
  };
  const attempt = at("attempt");
  if (attempt === undefined) {
    throw new ExportError(`${file}:1: no "Attempt" column; expected Moodle's interactions report`);
  }
  const questions = new Map<number, number>();
  const responses = new Map<number, number>();
  keys.forEach((k, i) => {
    const m = SLOT.exec(k);
    if (m?.[1] === "question") questions.set(Number(m[2]), i);
    if (m?.[1] === "response") responses.set(Number(m[2]), i);
  });
  if (questions.size === 0 && responses.size > 0) {
    // Moodle's default options: each learner's responses in the order they answered, no ids.
    throw new ExportError(
      `${file}:1: this Interactions report was downloaded with Moodle's default options: it has "Response 0", "Response 1" … but no "Question 0" … columns, and each learner's responses are in the order that learner answered, so they cannot be matched to questions; ${TURN_ON}`,
    );
  }
  if (questions.size === 0) {
    throw new ExportError(
      `${file}:1: this is a Moodle report without "Question 0", "Response 0" … columns (the Basic or Objectives report?); expected the Interactions report (SCORM activity → Reports → Interactions report) with its question ids: ${TURN_ON}`,
    );
  }
  if (responses.size === 0) {
    throw new ExportError(
      `${file}:1: the "Response 0", "Response 1" … columns are missing; ${TURN_ON}`,
    );
  }
  const slots = [...questions.entries()]
    .sort(([a], [b]) => a - b)
    .map(([n, question]) => {
      const response = responses.get(n);
      if (response === undefined) {
        throw new ExportError(`${file}:1: "Question ${n}" has no "Response ${n}" column`);
      }
      return { question, response };
    });
  return { name: at("name"), email: at("email address"), attempt, slots };
}

/** One row as an attempt; a learner without one ("-") comes back with `started: false`. */
export function moodleAttemptOf(
  fields: readonly string[],
  columns: MoodleColumns,
  file: string,
  line: number,
): Attempt {
  const cell = (i: number | undefined) => (i === undefined ? "" : (fields[i] ?? "").trim());
  const name = cell(columns.name);
  const email = cell(columns.email);
  const attempt = cell(columns.attempt);
  const learner = email || name;
  if (!learner) {
    throw new ExportError(`${file}:${line}: the row has no learner name or email address`);
  }
  const answers: RecordedAnswer[] = [];
  for (const slot of columns.slots) {
    const id = cell(slot.question);
    if (!id) continue;
    answers.push({ id: authoredIdOf(id), response: optionIdsOf(cell(slot.response)) });
  }
  return {
    file,
    line,
    learner,
    learnerLabel: email && name ? `${name} <${email}>` : learner,
    attempt,
    started: attempt !== "" && attempt !== "-",
    answers,
  };
}
