/**
 * The report's section of `npm run bench`: writes synthetic exports of 50,000 attempts × every
 * question of the course, then times `writeReport` on each in a fresh Node process pinned to one
 * core, with that process's peak memory (the target: under 10 s and 500 MB).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Course } from "../../course/model.js";
import { writeSyntheticExport } from "../report/synthetic-export.js";

export const REPORT_ATTEMPTS = 50_000;

export interface ReportRun {
  format: "moodle" | "long";
  attempts: number;
  questions: number;
  inputBytes: number;
  /** Wall time of reading, counting and writing, in the child process. */
  ms: number;
  /** CPU time of the whole child process: steadier than wall time on a shared machine. */
  cpuMs: number;
  /** Peak resident memory of the whole child process (Node itself included). */
  peakRssBytes: number;
  oneCore: boolean;
}

/** Run in the child: one report, then its own time and peak memory as JSON on stdout. */
const CHILD = `
const { writeReport } = await import(process.env.REPORT_MODULE);
const started = performance.now();
await writeReport({ files: [process.env.REPORT_INPUT], courseDirs: [process.env.REPORT_COURSE], out: process.env.REPORT_OUT, named: false });
const ms = performance.now() - started;
const cpu = process.cpuUsage();
console.log(JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, peakRssBytes: process.resourceUsage().maxRSS * 1024 }));
`;

export function measureReport(root: string, courseDir: string, course: Course): ReportRun[] {
  const dir = resolve(root, "build/bench-report");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // One core, as the target says; where taskset is missing the figure is for the whole machine.
  const taskset = ["/usr/bin/taskset", "/bin/taskset"].find((p) => existsSync(p));
  const runs: ReportRun[] = [];
  for (const format of ["moodle", "long"] as const) {
    const input = join(dir, `synthetic-${format}.csv`);
    writeSyntheticExport(input, course, { attempts: REPORT_ATTEMPTS, format, seed: 1 });
    const node = [process.execPath, "--import", "tsx", "--input-type=module", "--eval", CHILD];
    const [cmd, ...args] = taskset ? [taskset, "-c", "0", ...node] : node;
    const stdout = execFileSync(cmd, args, {
      cwd: root,
      encoding: "utf8",
      env: {
        ...process.env,
        REPORT_MODULE: resolve(import.meta.dirname, "../report/write-report.ts"),
        REPORT_INPUT: input,
        REPORT_COURSE: courseDir,
        REPORT_OUT: join(dir, `report-${format}.html`),
      },
    });
    const figures = JSON.parse(stdout.trim().split("\n").pop() as string);
    runs.push({
      format,
      attempts: REPORT_ATTEMPTS,
      questions: course.modules.reduce(
        (n, m) => n + m.blocks.filter((b) => b.kind === "question").length,
        0,
      ),
      inputBytes: statSync(input).size,
      ms: Math.round(figures.ms),
      cpuMs: Math.round(figures.cpuMs),
      peakRssBytes: figures.peakRssBytes,
      oneCore: taskset !== undefined,
    });
  }
  return runs;
}
