/** What the report reads from any LMS export: attempts, each with the answers recorded in it. */

/** One recorded answer, as the export wrote it. */
export interface RecordedAnswer {
  /** The interaction id as the LMS shows it: authored or fallback form. */
  id: string;
  /** Option ids chosen. */
  response: string[];
}

export interface Attempt {
  /** The export file and line it came from, for messages. */
  file: string;
  line: number;
  /** Who, as a key that is the same in every row of that learner (email when there is one). */
  learner: string;
  /** Name and email, shown only in a named report. */
  learnerLabel: string;
  attempt: string;
  /** The course version the export says the attempt was made in, when it says so. */
  version?: string;
  /** False for a learner the LMS lists without an attempt ("Not attempted"). */
  started: boolean;
  /** In the order the LMS recorded them; a learner who tried again has later answers too. */
  answers: RecordedAnswer[];
}

/** Bad input: one line naming the file (and line) and what was expected. */
export class ExportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ExportError";
  }
}

/** Option ids from a response cell: `a,b`, SCORM 2004's `a[,]b`, or spaces. */
export function optionIdsOf(cell: string): string[] {
  return cell
    .split(/\[,\]|[,\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}
