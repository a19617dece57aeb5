/** A full run of the bench, and `--only page-load`: measure, then write bench/results.json. */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { basename, dirname, join, relative } from "node:path";
import { packageFiles, zipFiles } from "../../../scorm/package.js";
import { questionsOf } from "../../blocks/question/rules.js";
import { buildCourse, readTree } from "../../compiler/build.js";
import { loadCourse } from "../../compiler/course/loader.js";
import type { Course } from "../../course/model.js";
import { SUSPEND_DATA_LIMIT, worstCaseSnapshot } from "../../progress/snapshot.js";
import { baselinePage } from "./baseline-page.js";
import { printTable, round2 } from "./figures.js";
import { baselineHeap, journey } from "./journey.js";
import { openLab, timeFirstHeading } from "./lab.js";
import {
  CONDITIONS,
  measurePageLoad,
  type PageLoadResult,
  pageLoadRows,
  runsOf,
} from "./page-load.js";
import { analysePlayer } from "./player-bundle.js";
import { measureReport, REPORT_ATTEMPTS } from "./report-timing.js";
import {
  BASELINE_ZIP,
  BENCH_DIST,
  BENCH_MAP_WEB,
  BENCH_WEB,
  BUDGETS,
  COURSE_DIR,
  RESULTS_FILE,
  ROOT,
} from "./settings.js";
import { measureSizes, timeBuilds } from "./sizes.js";

/** Options of a full run of the bench (`npm run bench`). */
export interface BenchOptions {
  /** First-heading runs per variant. */
  runs: number;
  /** Builds timed. */
  buildRuns: number;
  /** Page-load runs on slow 3G (more without it). */
  pageLoadRuns: number;
}

/**
 * Measures everything the bench reports and writes it to bench/results.json; printing is
 * printResults' job.
 */
export async function measureAll({ runs, buildRuns, pageLoadRuns }: BenchOptions) {
  const started = performance.now();
  rmSync(BENCH_DIST, { recursive: true, force: true });
  mkdirSync(BENCH_DIST, { recursive: true });

  const loaded = loadCourse(COURSE_DIR);
  const course = loaded.course;
  console.log(`Benchmarking ${course.id} ${course.version}: ${buildRuns} builds…`);
  const builds = await timeBuilds(buildRuns);
  const bundle = await analysePlayer(COURSE_DIR, BENCH_MAP_WEB);
  const sizes = measureSizes(course, builds.build, bundle);
  const worstCase = worstCaseSnapshot(course).length;
  writeFileSync(
    join(BENCH_DIST, BASELINE_ZIP),
    zipFiles(new Map([["index.html", new TextEncoder().encode(baselinePage(course))]])),
  );

  const pkgOf = (format: string) =>
    basename(builds.build.zips.find((z) => z.endsWith(`-${format}.zip`)) as string);
  console.log(`Timing the first heading: ${runs} runs × course/baseline × CPU 1×/4×…`);
  const lab = await openLab();
  let load: Awaited<ReturnType<typeof timeFirstHeading>>;
  let journeys: Array<Awaited<ReturnType<typeof journey>>>;
  let heapBaseline: number;
  let browserVersion: string;
  let pageLoad: PageLoadResult;
  try {
    browserVersion = lab.browser.version();
    load = await timeFirstHeading(lab, pkgOf("scorm12"), runs);
    console.log("Walking the course: SCORM 1.2 and 2004 at CPU 1×, SCORM 2004 at 4×…");
    journeys = [];
    // Throttled, only the heavier data model: Playwright's own waiting makes it slow to drive.
    for (const [format, cpuRate] of [
      ["scorm12", 1],
      ["scorm2004", 1],
      ["scorm2004", 4],
    ] as const) {
      journeys.push(await journey(lab, course, pkgOf(format), cpuRate));
    }
    heapBaseline = await baselineHeap(lab);
    console.log(
      `Page load, web package beside the plain page: ${pageLoadRuns} runs on slow 3G, ${runsOf(CONDITIONS[0], pageLoadRuns)} without it…`,
    );
    pageLoad = await measurePageLoad(
      lab.browser,
      course,
      webPackageFiles(course, builds.build.webDir),
      baselinePage(course),
      pageLoadRuns,
      console.log,
    );
  } finally {
    await lab.close();
  }

  console.log(`Timing the report on ${REPORT_ATTEMPTS} synthetic attempts, one core…`);
  const report = measureReport(ROOT, COURSE_DIR, course);

  const results = {
    meta: {
      date: new Date().toISOString(),
      course: `${course.id} ${course.version}`,
      node: process.version,
      chromium: browserVersion,
      cpus: `${cpus().length} × ${cpus()[0]?.model ?? "?"}`,
      loadAverageAtStart: round2(loadavg()[0]),
      loadAverageAtEnd: 0,
      runs,
      buildRuns,
      benchSeconds: 0,
    },
    budgets: {
      playerJsGzip: {
        budget: BUDGETS.playerJsGzipBytes,
        actual: sizes.worstStart.gzip,
        package: sizes.worstStart.format,
        ok: sizes.worstStart.gzip <= BUDGETS.playerJsGzipBytes,
      },
      hydrationJsGzip: {
        budget: BUDGETS.hydrationJsGzipBytes,
        actual: sizes.worstStart.hydrationGzip,
        ok: sizes.worstStart.hydrationGzip <= BUDGETS.hydrationJsGzipBytes,
      },
      firstPaintBytes: {
        budget: BUDGETS.firstPaintBytes,
        actual: Math.max(...sizes.launch.map((l) => l.firstPaintBytes)),
        ok: sizes.launch.every((l) => l.firstPaintBytes <= BUDGETS.firstPaintBytes),
      },
      savedState: {
        budget: BUDGETS.savedStateChars,
        actual: worstCase,
        ok: worstCase <= BUDGETS.savedStateChars,
      },
    },
    sizes,
    build: {
      runsMs: builds.runsMs,
      medianMs: builds.medianMs,
      method:
        "buildCourse(course) in one Node process: check the course, one Vite build, three zips; the first run also loads Vite",
    },
    firstHeading: load,
    pageLoad,
    savedState: {
      worstCaseChars: worstCase,
      scorm12Limit: SUSPEND_DATA_LIMIT,
      budget: BUDGETS.savedStateChars,
    },
    journeys,
    heap: {
      baselineBytes: heapBaseline,
      method:
        "CDP HeapProfiler.collectGarbage then Runtime.getHeapUsage: the whole renderer's JS heap, which holds the simulator host page (scorm-again) and the course frame; baselineBytes is the same with the baseline page instead of the course",
    },
    questions: questionsOf(course).length,
    modules: course.modules.length,
    report: {
      runs: report,
      method:
        "writeReport in a fresh Node process (taskset -c 0 where available) on a synthetic export written by src/tools/report/synthetic-export.ts; ms is wall time of read + count + write, cpuMs the process's CPU time, peakRssBytes its maxRSS",
    },
  };
  results.meta.benchSeconds = Math.round((performance.now() - started) / 1000);
  results.meta.loadAverageAtEnd = round2(loadavg()[0]);
  mkdirSync(dirname(RESULTS_FILE), { recursive: true });
  writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
  return results;
}

export type BenchResults = Awaited<ReturnType<typeof measureAll>>;

/** The files of the web zip, as a learner's browser gets them from a web server. */
function webPackageFiles(course: Course, webDir: string): Map<string, Uint8Array> {
  return packageFiles(course, readTree(webDir), "web");
}

/** `--only page-load`: one build, the page-load figures, merged into the last results file. */
export async function pageLoadOnly(runs: number): Promise<void> {
  const course = loadCourse(COURSE_DIR).course;
  mkdirSync(BENCH_DIST, { recursive: true });
  console.log(`Building ${course.id} ${course.version} once…`);
  const built = await buildCourse(COURSE_DIR, BENCH_DIST, BENCH_WEB);
  console.log(
    `Page load, web package beside the plain page: ${runs} runs on slow 3G, ${runsOf(CONDITIONS[0], runs)} without it…`,
  );
  const lab = await openLab();
  let pageLoad: PageLoadResult;
  try {
    pageLoad = await measurePageLoad(
      lab.browser,
      course,
      webPackageFiles(course, built.webDir),
      baselinePage(course),
      runs,
      console.log,
    );
  } finally {
    await lab.close();
  }
  let previous: Record<string, unknown> = {};
  try {
    previous = JSON.parse(readFileSync(RESULTS_FILE, "utf8"));
  } catch {
    /* no earlier results: this part alone */
  }
  mkdirSync(dirname(RESULTS_FILE), { recursive: true });
  writeFileSync(
    RESULTS_FILE,
    `${JSON.stringify({ ...previous, pageLoad: { date: new Date().toISOString(), ...pageLoad } }, null, 2)}\n`,
  );
  printTable([
    [
      `Page load, web package / plain page with the same first-page text (local static server; median of ${runs} runs on slow 3G, ${runsOf(CONDITIONS[0], runs)} without it)`,
      pageLoadRows(pageLoad),
    ],
  ]);
  console.log(`Wrote the pageLoad part of ${relative(ROOT, RESULTS_FILE)}.`);
}
