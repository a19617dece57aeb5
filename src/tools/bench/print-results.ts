/** The table a full run of the bench prints, and how each figure was taken. */
import { cpus } from "node:os";
import { relative } from "node:path";
import { SUSPEND_DATA_LIMIT } from "../../progress/snapshot.js";
import { clickNote, clickTime, kB, MB, ms, printTable, type Row, rawGzip } from "./figures.js";
import { CONDITIONS, pageLoadRows, runsOf } from "./page-load.js";
import { courseLabel } from "./player-bundle.js";
import { REPORT_ATTEMPTS } from "./report-timing.js";
import type { BenchResults } from "./run.js";
import { BUDGETS, RESULTS_FILE, ROOT } from "./settings.js";

/** Prints what a full run of the bench measured as one table, then how each figure was taken. */
export function printResults(results: BenchResults, pageLoadRuns: number): void {
  const { sizes, firstHeading: load, pageLoad, journeys } = results;
  const builds = results.build;
  const { runs, buildRuns } = results.meta;
  const worstCase = results.savedState.worstCaseChars;
  const heapBaseline = results.heap.baselineBytes;
  const report = results.report.runs;
  const verdict = (ok: boolean) => (ok ? "within budget" : "OVER BUDGET");
  const j = (format: string, cpuRate: number) =>
    journeys.find((x) => x.package.endsWith(`-${format}.zip`) && x.cpuRate === cpuRate);
  const j12 = j("scorm12", 1);
  const j2004 = j("scorm2004", 1);
  const sections: Array<[string, Row[]]> = [
    [
      "Package size (bytes are exact; kB = 1000 bytes)",
      [
        ...sizes.zips.map((z): Row => [z.name, kB(z.bytes), "zip, deflate level 9"]),
        ["JS, all files", rawGzip(sizes.playerJs), sizes.playerJs.files.join(", ")],
        ...sizes.launch.map(
          (l): Row => [
            `  player JS a ${l.format} package loads to start`,
            `${kB(l.gzip)} gzip`,
            `${l.files.length} files, each gzipped alone; budget ${kB(BUDGETS.playerJsGzipBytes)}: ${verdict(l.gzip <= BUDGETS.playerJsGzipBytes)}`,
          ],
        ),
        [
          "  Lit's hydration support",
          `${kB(sizes.worstStart.hydrationGzip)} gzip`,
          `loaded only to take over the prerendered first screen; budget ${kB(BUDGETS.hydrationJsGzipBytes)}: ${verdict(results.budgets.hydrationJsGzip.ok)}`,
        ],
        ["  player file alone", rawGzip(sizes.playerFile), "main.ts and what only it imports"],
        ...sizes.breakdown
          .filter((p) => p.part !== courseLabel)
          .map((p): Row => [`    ${p.part}`, rawGzip(p), "by source map; each part gzipped alone"]),
        [
          "  compiled course file",
          rawGzip(sizes.courseFile),
          "its own file, preloaded in parallel",
        ],
        [
          "compiled course (JSON.stringify)",
          rawGzip(sizes.courseJson),
          "the course data alone, for comparison",
        ],
        [
          "index.html (web package)",
          rawGzip(sizes.indexHtml),
          "the first screen prerendered, its stylesheet inlined",
        ],
        ...sizes.launch.map(
          (l): Row => [
            `  bytes the first paint needs, ${l.format} package`,
            kB(l.firstPaintBytes),
            `uncompressed: the page and what it blocks on (nothing); budget ${kB(BUDGETS.firstPaintBytes)}: ${verdict(l.firstPaintBytes <= BUDGETS.firstPaintBytes)}`,
          ],
        ),
        ...sizes.schemas.map(
          (s): Row => [
            `schema files, ${s.format}`,
            rawGzip(s),
            `${s.files} files; ${s.inZip === undefined ? "?" : kB(s.inZip)} of the zip`,
          ],
        ),
        ["npm packages in the player", sizes.packagesShipped.join(", ") || "none", ""],
      ],
    ],
    [
      "Build",
      [
        [
          "build all packages",
          ms(builds.medianMs),
          `median of ${buildRuns} (${builds.runsMs.map((x) => Math.round(x)).join(", ")} ms); first includes loading Vite`,
        ],
      ],
    ],
    [
      `Time to first module heading painted (${load.package}, median of ${runs}, fresh context each)`,
      load.variants.flatMap((v): Row[] => [
        [
          `course, CPU ${v.cpuRate}×`,
          ms(v.course.medianMs),
          `runs: ${v.course.runsMs.map(Math.round).join(", ")}`,
        ],
        [
          `plain HTML baseline, CPU ${v.cpuRate}×`,
          ms(v.baseline.medianMs),
          `runs: ${v.baseline.runsMs.map(Math.round).join(", ")}`,
        ],
        [
          `ratio course / baseline, CPU ${v.cpuRate}×`,
          `${v.ratio}×`,
          `of the medians; median of each run's own ratio: ${v.pairedRatio}×`,
        ],
      ]),
    ],
    [
      `Page load, web package / plain page with the same first-page text (local static server; median of ${pageLoadRuns} runs on slow 3G, ${runsOf(CONDITIONS[0], pageLoadRuns)} without it)`,
      pageLoadRows(pageLoad),
    ],
    [
      "Saved state",
      [
        [
          "worst case suspend_data",
          `${worstCase} chars`,
          `SCORM 1.2 limit ${SUSPEND_DATA_LIMIT}; budget ${BUDGETS.savedStateChars}: ${verdict(results.budgets.savedState.ok)}`,
        ],
      ],
    ],
    [
      `Full journey (${results.modules} modules, ${results.questions} questions answered, then the frame closes)`,
      journeys.flatMap((x): Row[] => {
        const v = x.package.endsWith("-scorm2004.zip") ? "2004" : "1.2";
        const rows: Row[] = [
          [
            `SCORM ${v}, CPU ${x.cpuRate}×: longest save`,
            ms(x.saves.longestMs),
            `${x.saves.longestKind ?? "?"}; ${ms(x.saves.longestInLmsMs)} of it inside LMS calls; median ${ms(x.saves.medianMs)} over ${x.saves.timed} saves after start-up`,
          ],
          [
            `SCORM ${v}, CPU ${x.cpuRate}×: slowest answer`,
            clickTime(x.answerClick),
            `"Check answer" click to next paint (Event Timing); ${clickNote(x.answerClick)}`,
          ],
          [
            `SCORM ${v}, CPU ${x.cpuRate}×: slowest page change`,
            clickTime(x.pageChangeClick),
            `menu link click to next paint; ${clickNote(x.pageChangeClick)}`,
          ],
          [
            `SCORM ${v}, CPU ${x.cpuRate}×: longest task of the course`,
            x.longTasks.course ? ms(x.longTasks.longestCourseMs) : "< 50 ms",
            `${x.longTasks.course} tasks ≥ 50 ms (longtask, culprit "self"); the LMS page's own: ${x.longTasks.lmsPage}, longest ${ms(x.longTasks.longestLmsPageMs)}`,
          ],
        ];
        if (x.cpuRate === 1) {
          rows.unshift([
            `SCORM ${v}: SetValue / Commit calls`,
            `${x.calls.setValue} / ${x.calls.commit}`,
            `${x.calls.total} calls in all, ${x.calls.setValueChars} chars sent, ${x.calls.setValueRefused} refused, ${x.calls.terminate} terminate`,
          ]);
          rows.push([
            `SCORM ${v}: JS heap after the journey`,
            MB(x.heap.afterJourney),
            `${MB(x.heap.atStart)} at start; ${MB(heapBaseline)} with the baseline page instead: course and the LMS's record of it ≈ ${MB(x.heap.afterJourney - heapBaseline)}`,
          ]);
        }
        return rows;
      }),
    ],
    [
      `Report (npm run report) on ${REPORT_ATTEMPTS} synthetic attempts × ${report[0]?.questions ?? "?"} questions; target < 10 s and < 500 MB on one core`,
      report.map(
        (r): Row => [
          r.format === "moodle" ? "Moodle interactions export" : "long CSV",
          `${(r.ms / 1000).toFixed(1)} s, ${MB(r.peakRssBytes)}`,
          `${MB(r.inputBytes)} input; CPU ${(r.cpuMs / 1000).toFixed(1)} s; peak memory of the whole Node process${r.oneCore ? ", pinned to one core" : " (taskset missing: not pinned)"}`,
        ],
      ),
    ],
  ];
  printTable(sections);
  console.log(
    [
      "How: sizes from a build in build/bench-dist (gzip -9 per file; the player split by its source map).",
      "First heading: performance.now() in the course frame after the frame that paints `module-page h1`, i.e. from the frame's own navigation start; the baseline is a static page with the first module's HTML, launched in the same simulator frame.",
      "Saves: each call of the course's session.save/flush/finish timed in the frame (simulator slowMs 0); 'inside LMS calls' is the time in the simulator's API (scorm-again plus its page updates).",
      "Heap: whole renderer after a forced GC (host page + course).",
      `Wrote ${relative(ROOT, RESULTS_FILE)} in ${results.meta.benchSeconds} s. ${j12 && j2004 ? "" : "(a journey is missing)"}`,
    ].join("\n"),
  );
  const busiest = Math.max(results.meta.loadAverageAtStart, results.meta.loadAverageAtEnd);
  if (busiest > cpus().length) {
    console.warn(
      `note: the machine was busy (load average ${busiest} on ${cpus().length} CPUs): the times are noisy; the sizes are not`,
    );
  }
  if (!sizes.analysisMatchesBuild)
    console.warn(
      "warning: the source-mapped build differs from the packaged JS; the split is approximate",
    );
}
