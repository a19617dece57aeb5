/**
 * Reads LMS exports, joins them with the course source and writes one self-contained report page
 * (`npm run report`, scripts/report.ts); on bad input, an ExportError naming the file and what was
 * expected, and nothing written.
 */
import { renameSync, rmSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { loadCourse } from "../../compiler/course/loader.js";
import { CourseError } from "../../loading/problems.js";
import { ExportError } from "./attempt.js";
import { type ExportSummary, readExport } from "./read-export.js";
import { reportHtml } from "./report-page.js";
import { type CourseVersion, courseVersionOf, Tally } from "./tally.js";

export interface ReportOptions {
  files: string[];
  courseDirs: string[];
  out: string;
  named: boolean;
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

/** Reads, tallies and writes; returns the summary of each file read. */
export async function writeReport(options: ReportOptions): Promise<ExportSummary[]> {
  if (options.files.length === 0) {
    throw new ExportError(
      "no export file given; usage: npm run report -- <export file>… [--course <dir>] [--out report.html] [--named]",
    );
  }
  const versions = loadVersions(options.courseDirs);
  const tally = new Tally(versions);
  const summaries: ExportSummary[] = [];
  for (const file of options.files) summaries.push(await readExport(file, (a) => tally.add(a)));
  const result = tally.result();
  const course = versions[0].course;
  for (const s of summaries) {
    const f = result.files.get(s.file);
    if (f && f.answers > 0 && f.known === 0) {
      throw new ExportError(
        `${s.file}: none of its question ids is in course ${course.id} (versions ${versions.map((v) => v.course.version).join(", ")}); is it an export of another course? Give that course's folder with --course`,
      );
    }
  }
  const html = reportHtml({
    course: versions.find((v) => v.course.version === result.versions[0])?.course ?? course,
    tally: result,
    files: summaries,
    named: options.named,
    madeOn: options.madeOn ?? new Date().toISOString().slice(0, 10),
  });
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
  return summaries;
}
