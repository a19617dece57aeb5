/**
 * `npm run bench [-- --runs 7 --page-load-runs 3 --only page-load]`: measures what a learner and
 * an LMS pay for the course (package and player bytes, build time, time to the first heading
 * inside the LMS simulator against a plain HTML page with the same text, the web package served
 * plain and gzipped at three network/CPU conditions beside that page, saved-state size, LMS
 * traffic, blocking and heap for a full journey), prints a table and writes the same figures to
 * bench/results.json. `--only page-load` runs one build and the page-load part only, and replaces
 * just that part of bench/results.json. The work is in src/tools/bench/.
 * Bytes and characters are deterministic; times are medians on this machine, so compare them
 * only with runs on the same machine (the baseline ratio travels better than the milliseconds).
 */
import { parseArgs } from "node:util";
import { printResults } from "../src/tools/bench/print-results.js";
import { measureAll, pageLoadOnly } from "../src/tools/bench/run.js";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "7" },
    "build-runs": { type: "string", default: "5" },
    // Each run is 12 loads, the slow-3G ones several seconds each: a small default.
    "page-load-runs": { type: "string", default: "3" },
    only: { type: "string" },
  },
});
const pageLoadRuns = Math.max(1, Number(values["page-load-runs"]) || 3);
if (values.only === "page-load") {
  await pageLoadOnly(pageLoadRuns);
} else {
  if (values.only !== undefined) throw new Error(`--only takes "page-load", not "${values.only}"`);
  const runs = Math.max(1, Number(values.runs) || 7);
  const buildRuns = Math.max(1, Number(values["build-runs"]) || 5);
  printResults(await measureAll({ runs, buildRuns, pageLoadRuns }), pageLoadRuns);
}
