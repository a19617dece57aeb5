/**
 * Reads LMS exports, joins them with the course source and writes one self-contained report page
 * (`npm run report`, scripts/report.ts); on bad input, an ExportError naming the file and what was
 * expected, and nothing written.
 */
import { renameSync, rmSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { loadCourse } from "../../compiler/course/loader.js";
import { changesOf } from "../../compiler/team-pack/team-session-data.js";
import { CourseError } from "../../loading/problems.js";
import { ExportError } from "./attempt.js";
import { type ExportSummary, readExport } from "./read-export.js";
import { reportHtml } from "./report-page.js";
import { type CourseVersion, courseVersionOf, Tally } from "./tally.js";
import { readFeedbackFolders, tallyFeedback } from "./team-feedback.js";
import { type TeamsInput, teamsOnlyReportHtml } from "./team-section.js";

export interface ReportOptions {
  files: string[];
  courseDirs: string[];
  out: string;
  named: boolean;
  /** Folders of team feedback sheets saved by the team session (`--feedback`). */
  feedback?: string[];
  /** ISO date shown on the page; today by default. */
  madeOn?: string;
}

function loadVersions(dirs: readonly string[]): CourseVersion[] {
  const versions = dirs.map((dir) => {
    try {
      return courseVersionOf(loadCourse(dir).course);
    } catch (e) {
      if (e instanceof CourseError) {
        throw new ExportError(
          `${dir}: the course folder has problems (${e.problems[0] ? `${e.problems[0].file}:${e.problems[0].line}: ${e.problems[0].message}` : "unreadable"}); run npm run check -- ${dir}`,
        );
      }
      throw e;
    }
  });
  const ids = new Set(versions.map((v) => v.course.id));
  if (ids.size > 1) {
    throw new ExportError(
      `--course: the folders hold different courses (${[...ids].join(", ")}); give versions of one course`,
    );
  }
  return versions;
}

/** What was read: each export's summary, and how many team feedback sheets. */
export type ReportSummary = ExportSummary[] & { sheets: number };

const USAGE =
  "usage: npm run report -- <export file>… [--feedback <folder>]… [--course <dir>] [--out report.html] [--named]";

/** Reads, tallies and writes; returns the summary of each file read. */
export async function writeReport(options: ReportOptions): Promise<ReportSummary> {
  const folders = options.feedback ?? [];
  if (options.files.length === 0 && folders.length === 0) {
    throw new ExportError(`no export file or feedback folder given; ${USAGE}`);
  }
  const versions = loadVersions(options.courseDirs);
  const course = versions[0].course;
  // Every sheet is read and checked before any export: a bad one stops the report at once.
  let teams: TeamsInput | undefined;
  if (folders.length) {
    const sheets = readFeedbackFolders(folders, course.id);
    // The changes every version given names; the newest version's words first.
    const changes = new Map(
      [...versions].reverse().flatMap((v) => changesOf(v.course).map((c) => [c.id, c])),
    );
    teams = { sheets, tally: tallyFeedback(sheets, [...changes.values()]), folders };
  }
  const madeOn = options.madeOn ?? new Date().toISOString().slice(0, 10);
  const summaries: ExportSummary[] = [];
  let html: string;
  if (options.files.length === 0 && teams) {
    html = teamsOnlyReportHtml(course, teams, options.named, madeOn);
  } else {
    const tally = new Tally(versions);
    for (const file of options.files) summaries.push(await readExport(file, (a) => tally.add(a)));
    const result = tally.result();
    for (const s of summaries) {
      const f = result.files.get(s.file);
      if (f && f.answers > 0 && f.known === 0) {
        throw new ExportError(
          `${s.file}: none of its question ids is in course ${course.id} (versions ${versions.map((v) => v.course.version).join(", ")}); is it an export of another course? Give that course's folder with --course`,
        );
      }
    }
    html = reportHtml({
      course: versions.find((v) => v.course.version === result.versions[0])?.course ?? course,
      tally: result,
      files: summaries,
      named: options.named,
      madeOn,
      ...(teams ? { teams } : {}),
    });
  }
  // Written beside the target, then renamed: a reader never sees half a report.
  const out = resolve(options.out);
  const temp = `${out}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, html);
    renameSync(temp, out);
  } catch (e) {
    throw new ExportError(
      `${options.out}: cannot write the report (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); give --out a path in a folder that exists`,
    );
  } finally {
    rmSync(temp, { force: true });
  }
  return Object.assign(summaries, { sheets: teams?.sheets.length ?? 0 });
}
