/**
 * `npm run report -- <export file>… [--course <dir>]… [--out report.html] [--named]`: reads LMS
 * exports, joins them with the course source and writes one self-contained report page; on bad
 * input, one line naming the file and what was expected, exit code 1 and nothing written.
 */
import { relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { ExportError } from "../src/tools/report/attempt.js";
import { writeReport } from "../src/tools/report/write-report.js";

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

await main();
