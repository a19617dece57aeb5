/**
 * Reads one export file as a stream of CSV records (never whole, so a board's largest export fits
 * in memory), recognises its format from the header and hands each attempt on as it is read.
 * Records are CSV as spreadsheets and LMSs write it (csv-parse): a quoted cell may hold the
 * delimiter, doubled quotes and line breaks.
 */
import { closeSync, createReadStream, openSync, readSync, statSync } from "node:fs";
import { pipeline } from "node:stream";
import { CsvError, parse } from "csv-parse";
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

/** The first line of a file, for recognising its format; ExportError when it cannot be read. */
function headerOf(file: string): string {
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
  // Up to the first line break, read in blocks: a header is a few kilobytes at most.
  const chunks: Buffer[] = [];
  const fd = openSync(file, "r");
  try {
    const block = Buffer.alloc(64 * 1024);
    for (let size = 0; size < 4 * 1024 * 1024; ) {
      const n = readSync(fd, block, 0, block.length, null);
      if (n === 0) break;
      const chunk = Buffer.from(block.subarray(0, n));
      chunks.push(chunk);
      size += n;
      if (chunk.includes(0x0a) || chunk.includes(0x0d)) break;
    }
  } finally {
    closeSync(fd);
  }
  return Buffer.concat(chunks)
    .toString("utf8")
    .split(/\r\n|\r|\n/, 1)[0]
    .replace(/^\uFEFF/, "");
}

/**
 * How many lines a record spans: its own, and one more for each line break inside its quoted
 * cells (CRLF counted once, as a text editor numbers lines).
 */
function linesOf(fields: readonly string[]): number {
  let n = 1;
  for (const f of fields) {
    if (!f.includes("\n") && !f.includes("\r")) continue;
    n += f.match(/\r\n|\r|\n/g)?.length ?? 0;
  }
  return n;
}

/** Reads every attempt in `file`, calling `onAttempt` for each; throws ExportError on bad input. */
export async function readExport(
  file: string,
  onAttempt: (attempt: Attempt) => void,
): Promise<ExportSummary> {
  const format = exportFormatOf(headerOf(file), file);
  const delimiter = format === "moodle" ? "\t" : ",";
  let moodle: MoodleColumns | undefined;
  let long: LongColumns | undefined;
  // The long CSV has one row per answer: its attempts are gathered, then handed on at the end.
  // A board's export repeats a few ids and responses hundreds of thousands of times: each is
  // kept once (interned) and an attempt holds only pairs of references, so memory stays small.
  const gathered = new Map<string, { attempt: Attempt; cells: string[] }>();
  const interned = new Map<string, string>();
  const intern = (s: string) => {
    const known = interned.get(s);
    if (known !== undefined) return known;
    interned.set(s, s);
    return s;
  };
  let attempts = 0;
  let answers = 0;
  // The line the next record starts on: a record spans more than one when a quoted cell holds a
  // line break, and messages name the line a row starts on, as a text editor numbers it.
  let line = 1;
  const records = parse({
    delimiter,
    bom: true,
    // As Moodle and spreadsheets write them: a quote inside an unquoted cell is text, and rows
    // may be shorter than the header (a learner who left mid-course).
    relax_quotes: true,
    relax_column_count: true,
    // Any line end, even mixed in one file (an export edited on another system), as lines end.
    record_delimiter: ["\r\n", "\n", "\r"],
  });
  pipeline(createReadStream(file), records, () => {
    /* a failure of either reaches the loop below through `records` */
  });
  try {
    for await (const fields of records as AsyncIterable<string[]>) {
      const at = line;
      line += linesOf(fields);
      if (at === 1) {
        if (format === "moodle") moodle = moodleColumnsOf(fields, file);
        else long = longColumnsOf(fields);
        continue;
      }
      // A blank line, or in Moodle's export a row of empty cells (tabs are blank): nothing to read.
      if ((fields.length === 1 || format === "moodle") && fields.every((f) => f.trim() === "")) {
        continue;
      }
      if (moodle) {
        const attempt = moodleAttemptOf(fields, moodle, file, at);
        if (attempt.started) attempts++;
        answers += attempt.answers.length;
        onAttempt(attempt);
      } else if (long) {
        const row = longRowOf(fields, long, file, at);
        const key = `${row.learner}\u0000${row.attempt}\u0000${row.version ?? ""}`;
        let entry = gathered.get(key);
        if (!entry) {
          entry = {
            attempt: {
              file,
              line: at,
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
    if (e instanceof CsvError) {
      if (e.code === "CSV_QUOTE_NOT_CLOSED") {
        throw new ExportError(
          `${file}:${line}: a quote is opened and never closed; a quoted cell may span lines, so everything after it was read as one cell: close the quote (") or remove it`,
        );
      }
      throw new ExportError(`${file}:${line}: cannot be read as CSV (${e.message}); ${EXPECTED}`);
    }
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw new ExportError(`${file}: cannot be read (${code}); give the path of an exported report`);
  }
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
