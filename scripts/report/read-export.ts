/**
 * Reads one export file line by line (never whole, so a board's largest export fits in memory),
 * recognises its format from the header and hands each attempt on as it is read.
 */
import { createReadStream, statSync } from "node:fs";
import { createInterface } from "node:readline";
import { type Attempt, ExportError, optionIdsOf } from "./attempt.js";
import { columnKey, splitFields } from "./fields.js";
import {
  isLongHeader,
  LONG_COLUMNS,
  type LongColumns,
  longColumnsOf,
  longRowOf,
  missingLongColumns,
} from "./long-csv.js";
import {
  isMoodleHeader,
  type MoodleColumns,
  moodleAttemptOf,
  moodleColumnsOf,
} from "./moodle-export.js";

export type ExportFormat = "moodle" | "long";

export interface ExportSummary {
  file: string;
  format: ExportFormat;
  /** Attempts read (learners listed without an attempt are not counted here). */
  attempts: number;
  answers: number;
}

const EXPECTED = `expected Moodle's interactions report (tab-separated, with "Attempt", "Question 0", "Response 0" … columns) or the long CSV (header: ${LONG_COLUMNS.join(",")}; see README, "Reports")`;

const DELIMITER_NAME: Record<string, string> = { ",": "commas", "\t": "tabs", ";": "semicolons" };

/** The format of a file from its first line, or an error saying what was expected. */
export function exportFormatOf(header: string, file: string): ExportFormat {
  if (header.trim() === "") throw new ExportError(`${file}: is empty; ${EXPECTED}`);
  if (header.includes("\u0000") || header.startsWith("PK")) {
    throw new ExportError(`${file}: is not a text file (a spreadsheet workbook?); ${EXPECTED}`);
  }
  for (const d of [",", "\t", ";", "|"]) {
    const names = splitFields(header, d) ?? header.split(d);
    if (names.length < 2) continue;
    if (isLongHeader(names)) {
      if (d === ",") return "long";
      throw new ExportError(
        `${file}:1: columns are separated by ${DELIMITER_NAME[d] ?? `"${d}"`}; the long CSV is comma-separated (${LONG_COLUMNS.join(",")})`,
      );
    }
    if (isMoodleHeader(names)) {
      if (d === "\t") return "moodle";
      throw new ExportError(
        `${file}:1: columns are separated by ${DELIMITER_NAME[d] ?? `"${d}"`}; expected tabs, as Moodle's "CSV" download writes them (download it again rather than re-saving it from a spreadsheet)`,
      );
    }
    const missing = missingLongColumns(names);
    if (missing.length > 0) {
      throw new ExportError(
        `${file}:1: the long CSV is missing the column${missing.length === 1 ? "" : "s"} ${missing.map((m) => `"${m}"`).join(", ")}; expected the header ${LONG_COLUMNS.join(",")}`,
      );
    }
  }
  const tabbed = splitFields(header, "\t") ?? header.split("\t");
  if (tabbed.length >= 5) {
    const shown = tabbed
      .slice(0, 3)
      .map((n) => `"${columnKey(n)}"`)
      .join(", ");
    throw new ExportError(
      `${file}:1: the column names (${shown} …) are not Moodle's English ones ("Name", "Email address", "Attempt", "Question 0" …); download the report with your Moodle language set to English`,
    );
  }
  throw new ExportError(`${file}:1: not a report this tool reads; ${EXPECTED}`);
}

function openLines(file: string) {
  let isFile: boolean;
  try {
    isFile = statSync(file).isFile();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ExportError(
      `${file}: cannot be read (${code === "ENOENT" ? "no such file" : code}); give the path of an exported report`,
    );
  }
  if (!isFile) throw new ExportError(`${file}: is a folder; give the path of an exported report`);
  return createInterface({
    input: createReadStream(file, { encoding: "utf8" }),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
}

/** Reads every attempt in `file`, calling `onAttempt` for each; throws ExportError on bad input. */
export async function readExport(
  file: string,
  onAttempt: (attempt: Attempt) => void,
): Promise<ExportSummary> {
  let format: ExportFormat | undefined;
  let moodle: MoodleColumns | undefined;
  let long: LongColumns | undefined;
  const delimiter = () => (format === "moodle" ? "\t" : ",");
  // The long CSV has one row per answer: its attempts are gathered, then handed on at the end.
  // A board's export repeats a few ids and responses hundreds of thousands of times: each is
  // kept once (interned) and an attempt holds only pairs of references, so memory stays small.
  const gathered = new Map<string, { attempt: Attempt; cells: string[] }>();
  const interned = new Map<string, string>();
  const intern = (s: string) => {
    const known = interned.get(s);
    if (known !== undefined) return known;
    // A copy, so the stored id does not keep its whole line alive.
    const own = s.split("").join("");
    interned.set(own, own);
    return own;
  };
  let attempts = 0;
  let answers = 0;
  let line = 0;
  try {
    for await (const text of openLines(file)) {
      line++;
      if (line === 1) {
        format = exportFormatOf(text.replace(/^\uFEFF/, ""), file);
        const names = splitFields(text.replace(/^\uFEFF/, ""), delimiter()) ?? [];
        if (format === "moodle") moodle = moodleColumnsOf(names, file);
        else long = longColumnsOf(names);
        continue;
      }
      if (text.trim() === "") continue;
      const fields = splitFields(text, delimiter());
      if (!fields) throw new ExportError(`${file}:${line}: a quote is opened and never closed`);
      if (moodle) {
        const attempt = moodleAttemptOf(fields, moodle, file, line);
        if (attempt.started) attempts++;
        answers += attempt.answers.length;
        onAttempt(attempt);
      } else if (long) {
        const row = longRowOf(fields, long, file, line);
        const key = `${row.learner}\u0000${row.attempt}\u0000${row.version ?? ""}`;
        let entry = gathered.get(key);
        if (!entry) {
          entry = {
            attempt: {
              file,
              line,
              learner: row.learner,
              learnerLabel: row.learner,
              attempt: row.attempt,
              version: row.version,
              started: true,
              answers: [],
            },
            cells: [],
          };
          gathered.set(key, entry);
        }
        entry.cells.push(intern(row.id), intern(row.response));
        answers++;
      }
    }
  } catch (e) {
    if (e instanceof ExportError) throw e;
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw new ExportError(`${file}: cannot be read (${code}); give the path of an exported report`);
  }
  if (!format) throw new ExportError(`${file}: is empty; ${EXPECTED}`);
  const responses = new Map<string, string[]>();
  for (const { attempt, cells } of gathered.values()) {
    for (let i = 0; i < cells.length; i += 2) {
      let response = responses.get(cells[i + 1]);
      if (!response) {
        response = optionIdsOf(cells[i + 1]);
        responses.set(cells[i + 1], response);
      }
      attempt.answers.push({ id: cells[i], response });
    }
    attempts++;
    onAttempt(attempt);
  }
  gathered.clear();
  if (format === "moodle" && attempts > 0 && answers === 0) {
    throw new ExportError(
      `${file}: this export holds no interaction data; Moodle's course-wide interactions report shows SCORM 1.2 only — use the SCORM 1.2 package's interactions report, or reshape the SCORM 2004 data into the long CSV (see README, "Reports")`,
    );
  }
  if (attempts === 0) throw new ExportError(`${file}: holds no attempts; ${EXPECTED}`);
  return { file, format, attempts, answers };
}
