/**
 * `npm run report -- <export file>… [--course <dir>]… [--out report.html] [--named]`: reads LMS
 * exports, joins them with the course source and writes one self-contained report page; on bad
 * input, one line naming the file and what was expected, exit code 1 and nothing written.
 */
import { renameSync, rmSync, writeFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { loadCourse } from "../src/course/loader.js";
import { CourseError } from "../src/course/problems.js";
import { ExportError } from "./report/attempt.js";
import { type ExportSummary, readExport } from "./report/read-export.js";
import { reportHtml } from "./report/report-page.js";
import { type CourseVersion, courseVersionOf, Tally } from "./report/tally.js";

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

async function main(): Promise<void> {
  let values: { course?: string[]; out?: string; named?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      allowPositionals: true,
      options: {
        course: { type: "string", multiple: true },
        out: { type: "string", default: "report.html" },
        named: { type: "boolean", default: false },
      },
    }));
  } catch (e) {
    console.error(`${(e as Error).message}`);
    process.exitCode = 1;
    return;
  }
  const out = values.out as string;
  try {
    const summaries = await writeReport({
      files: positionals,
      courseDirs: values.course?.length ? values.course : ["course"],
      out,
      named: values.named === true,
    });
    const attempts = summaries.reduce((n, s) => n + s.attempts, 0);
    console.log(
      `wrote ${relative(process.cwd(), resolve(out)) || out} from ${summaries.length} file${summaries.length === 1 ? "" : "s"} (${attempts} attempts)${values.named ? ": NAMED, it holds personal data" : ""}`,
    );
  } catch (e) {
    console.error(e instanceof ExportError ? e.message : e);
    process.exitCode = 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) await main();
