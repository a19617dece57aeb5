/**
 * `npm run report -- <export file>… [--feedback <folder>]… [--course <dir>]… [--out report.html]
 * [--named]`: reads LMS exports and folders of team feedback sheets (saved by the web package's
 * team session), joins them with the course source and writes one self-contained report page; on
 * bad input, one line naming the file and what was expected, exit code 1 and nothing written.
 */
import { relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { ExportError } from "../src/tools/report/attempt.js";
import { writeReport } from "../src/tools/report/write-report.js";

async function main(): Promise<void> {
  let values: { course?: string[]; feedback?: string[]; out?: string; named?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      allowPositionals: true,
      options: {
        course: { type: "string", multiple: true },
        feedback: { type: "string", multiple: true },
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
      feedback: values.feedback ?? [],
    });
    const attempts = summaries.reduce((n, s) => n + s.attempts, 0);
    const read = [
      ...(positionals.length
        ? [`${summaries.length} file${summaries.length === 1 ? "" : "s"} (${attempts} attempts)`]
        : []),
      ...(values.feedback?.length
        ? [`${summaries.sheets} team feedback sheet${summaries.sheets === 1 ? "" : "s"}`]
        : []),
    ];
    console.log(
      `wrote ${relative(process.cwd(), resolve(out)) || out} from ${read.join(" and ")}${values.named ? ": NAMED, it holds personal data" : ""}`,
    );
  } catch (e) {
    console.error(e instanceof ExportError ? e.message : e);
    process.exitCode = 1;
  }
}

await main();
