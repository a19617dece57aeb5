/**
 * `npm run bench [-- --runs 7 --page-load-runs 3 --only page-load]`: measures what a learner and
 * an LMS pay for the course (package and player bytes, build time, time to the first heading
 * inside the LMS simulator against a plain HTML page with the same text, the web package served
 * plain and gzipped at three network/CPU conditions beside that page (scripts/bench/page-load.ts),
 * saved-state size, LMS traffic, blocking and heap for a full journey), prints a table and writes
 * the same figures to bench/results.json. `--only page-load` runs one build and the page-load
 * part only, and replaces just that part of bench/results.json.
 * Bytes and characters are deterministic; times are medians on this machine, so compare them
 * only with runs on the same machine (the baseline ratio travels better than the milliseconds).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { basename, dirname, join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { decode } from "@jridgewell/sourcemap-codec";
import type { Browser, Frame, FrameLocator, Page } from "@playwright/test";
import { build } from "vite";
import { SCHEMA_FILES } from "../../../scorm/manifest.js";
import { packageFiles, zipFiles } from "../../../scorm/package.js";
import { unknownKind } from "../../blocks/kinds.js";
import { pagesOf } from "../../blocks/page/rules.js";
import { loadCourse } from "../../compiler/course/loader.js";
import { type Block, type Course, questionsOf } from "../../course/model.js";
import { strings as playerStrings } from "../../player/strings.js";
import { SUSPEND_DATA_LIMIT, worstCaseSnapshot } from "../../progress/snapshot.js";
import {
  CONDITIONS,
  DEEP_FIND,
  measurePageLoad,
  type PageLoadResult,
  pageLoadRows,
  runsOf,
} from "./page-load.js";
import { buildCourse, readTree, type WebBuild } from "../../compiler/build.js";
import { escapeHtml } from "../../compiler/html-page.js";
import { firstPaintBytes, playerJsGzip } from "../../compiler/player-build/launch-page.js";
import { startSimulator } from "../lms-simulator/server.js";
import { playerConfig } from "../../compiler/player-build/player-config.js";
import { measureReport, REPORT_ATTEMPTS } from "./report-timing.js";

const ROOT = resolve(import.meta.dirname, "../../..");
const COURSE_DIR = "course";
/** Bench-owned output, never dist/: the bench must not disturb a build someone is looking at. */
const BENCH_DIST = resolve(ROOT, "build/bench-dist");
const BENCH_WEB = resolve(ROOT, "build/bench-web");
const BENCH_MAP_WEB = resolve(ROOT, "build/bench-map");
const RESULTS_FILE = resolve(ROOT, "bench/results.json");
const BASELINE_ZIP = "baseline-first-module.zip";

/** The budgets the unit tests hold the project to (tests/unit/budget.test.ts). */
export const BUDGETS = {
  /**
   * gzip level 9 of the JS a package's player loads to start (the page's script, Lit, the player,
   * its LMS connection), each file gzipped alone; the course content is a file of its own.
   */
  playerJsGzipBytes: 30_000,
  /** gzip level 9 of Lit's hydration support, loaded only to take over a prerendered screen. */
  hydrationJsGzipBytes: 2_600,
  /** Uncompressed bytes the first paint needs: the launch page and every file it blocks on. */
  firstPaintBytes: 40_000,
  /** The longest saved state the course can produce, with headroom under SCORM 1.2's 4096. */
  savedStateChars: 3_000,
} as const;

export const gzipBytes = (data: string | Uint8Array): number =>
  gzipSync(typeof data === "string" ? Buffer.from(data) : data, { level: 9 }).length;
const byteLength = (s: string) => Buffer.byteLength(s);

// ---------------------------------------------------------------------------------------------
// What the player's JS is made of

const courseLabel = "compiled course";

/** The key for generated code the source maps give no source: the compiled course chunk. */
export const COMPILED_COURSE = "(compiled course)";

export interface PlayerBundle {
  /** Each JS file of the web build, by path, exactly as built. */
  files: Map<string, string>;
  /** Project-relative paths of every file the source maps name. */
  sources: string[];
  /** Generated text by origin: a project-relative source path, or COMPILED_COURSE. */
  textBySource: Map<string, string>;
}

/**
 * Builds the player for a course again, with a hidden source map, and splits the generated code
 * by the file it came from. The compiled course is a chunk of its own with no source map (the
 * course plugin makes it); the player chunk's code is attributed to its sources.
 */
export async function analysePlayer(courseDir: string, outDir: string): Promise<PlayerBundle> {
  const config = playerConfig(courseDir, outDir);
  const result = await build({
    ...config,
    configFile: false,
    build: { ...config.build, sourcemap: "hidden", write: false },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((o) =>
    "output" in o ? o.output : [],
  );
  const files = new Map<string, string>();
  const sources = new Set<string>();
  const pieces = new Map<string, string[]>();
  for (const chunk of outputs) {
    if (chunk.type !== "chunk") continue;
    files.set(chunk.fileName, chunk.code);
    // The course is its own chunk, generated by the course plugin without a source map.
    if (!chunk.map) {
      pieces.set(COMPILED_COURSE, [...(pieces.get(COMPILED_COURSE) ?? []), chunk.code]);
      continue;
    }
    const mapDir = dirname(resolve(outDir, chunk.fileName));
    const names = chunk.map.sources.map((s) => relative(ROOT, resolve(mapDir, s)));
    for (const n of names) sources.add(n);
    for (const [source, text] of splitBySource(chunk.code, chunk.map.mappings, names)) {
      const key = source ?? COMPILED_COURSE;
      pieces.set(key, [...(pieces.get(key) ?? []), text]);
    }
  }
  return {
    files,
    sources: [...sources].sort(),
    textBySource: new Map([...pieces].map(([k, v]) => [k, v.join("")])),
  };
}

/**
 * Consecutive runs of generated text with the source each came from (undefined: no source). A
 * mapping holds until the next one, across line ends too (multi-line template literals).
 */
function splitBySource(
  code: string,
  mappings: string,
  sources: readonly string[],
): Array<[string | undefined, string]> {
  const out: Array<[string | undefined, string]> = [];
  const lines = code.split("\n");
  // Per generated line, segments of [column, source index, …], both absolute.
  const mapLines = decode(mappings);
  let current: string | undefined;
  const push = (text: string) => {
    if (text === "") return;
    const last = out[out.length - 1];
    if (last && last[0] === current) last[1] += text;
    else out.push([current, text]);
  };
  lines.forEach((raw, i) => {
    const line = i < lines.length - 1 ? `${raw}\n` : raw;
    let from = 0;
    for (const segment of mapLines[i] ?? []) {
      push(line.slice(from, segment[0]));
      from = segment[0];
      current = segment.length === 1 ? undefined : sources[segment[1]];
    }
    push(line.slice(from));
  });
  return out;
}

/** The npm package a bundled file came from, if any. */
export function packageOfSource(path: string): string | undefined {
  const at = path.lastIndexOf("node_modules/");
  if (at < 0) return undefined;
  const parts = path.slice(at + "node_modules/".length).split("/");
  return parts[0].startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0];
}

/** Every npm package whose code is in the bundle. */
export function packagesInBundle(bundle: Pick<PlayerBundle, "sources">): string[] {
  return [...new Set(bundle.sources.map(packageOfSource).filter((p): p is string => !!p))].sort();
}

const LIT_FAMILY = new Set(["lit", "lit-html", "lit-element", "@lit/reactive-element"]);

/** The share of the player a reader cares about: Lit, each part of src/, the course. */
function partOf(source: string): string {
  if (source === COMPILED_COURSE) return courseLabel;
  const pkg = packageOfSource(source);
  if (pkg) return LIT_FAMILY.has(pkg) ? "Lit (lit-html, lit-element, reactive-element)" : pkg;
  const m = /^src\/([^/]+)\//.exec(source);
  const names: Record<string, string> = {
    player: "player UI (src/player)",
    lms: "LMS connection (src/lms)",
    progress: "progress rules (src/progress)",
    course: "course model (src/course)",
    blocks: "block kinds: rules and elements (src/blocks)",
  };
  return m ? (names[m[1]] ?? `src/${m[1]}`) : source;
}

// ---------------------------------------------------------------------------------------------
// Sizes

interface Size {
  raw: number;
  gzip: number;
}
const sizeOf = (data: string | Uint8Array): Size => ({
  raw: typeof data === "string" ? byteLength(data) : data.length,
  gzip: gzipBytes(data),
});

function measureSizes(course: Course, build: WebBuild, bundle: PlayerBundle) {
  const { zips, webDir } = build;
  const web = readTree(webDir);
  const filesEnding = (ext: string) => [...web].filter(([p]) => p.endsWith(ext));
  const total = (entries: Array<[string, Uint8Array]>): Size & { files: string[] } => ({
    files: entries.map(([p]) => p),
    raw: entries.reduce((n, [, b]) => n + b.length, 0),
    gzip: entries.reduce((n, [, b]) => n + gzipBytes(b), 0),
  });
  const js = total(filesEnding(".js"));
  const html = total(filesEnding(".html"));
  const courseJson = sizeOf(JSON.stringify(course));
  const playerFile = total(filesEnding(".js").filter(([p]) => /^assets\/player-/.test(p)));
  const courseFile = total(filesEnding(".js").filter(([p]) => /^assets\/course-/.test(p)));

  const parts = new Map<string, string[]>();
  for (const [source, text] of bundle.textBySource) {
    const part = partOf(source);
    parts.set(part, [...(parts.get(part) ?? []), text]);
  }
  const breakdown = [...parts]
    .map(([part, texts]) => ({ part, ...sizeOf(texts.join("")) }))
    .sort((a, b) => b.raw - a.raw);

  const schemas = (["scorm12", "scorm2004"] as const).map((format) => {
    const set = SCHEMA_FILES[format];
    const bytes = set.files.map((f) => readFileSync(join(ROOT, "scorm/schemas", set.dir, f)));
    // What the schema files add to the real zip: the same package zipped without them.
    const files = packageFiles(course, web, format);
    for (const f of set.files) files.delete(f);
    const zip = zips.find((z) => z.endsWith(`-${format}.zip`));
    return {
      format,
      files: set.files.length,
      raw: bytes.reduce((n, b) => n + b.length, 0),
      gzip: bytes.reduce((n, b) => n + gzipBytes(b), 0),
      inZip: zip ? statSync(zip).size - zipFiles(files).length : undefined,
    };
  });

  const builtJs = new Map(filesEnding(".js").map(([p, b]) => [p, new TextDecoder().decode(b)]));
  const analysisMatchesBuild =
    builtJs.size === bundle.files.size &&
    [...builtJs].every(([p, code]) => bundle.files.get(p) === code);

  // What each package's launch page makes a learner load: for the first paint, and to start.
  const launch = [...build.launchPages].map(([format, page]) => ({
    format,
    firstPaintBytes: firstPaintBytes(page, web),
    ...playerJsGzip(page, web),
  }));
  const worstStart = launch.reduce((a, b) => (b.gzip > a.gzip ? b : a));

  return {
    zips: zips.map((z) => ({ name: basename(z), bytes: statSync(z).size })),
    launch,
    worstStart,
    playerJs: js,
    indexHtml: html,
    courseJson,
    playerFile,
    courseFile,
    breakdown,
    analysisMatchesBuild,
    packagesShipped: packagesInBundle(bundle),
    schemas,
  };
}

// ---------------------------------------------------------------------------------------------
// Build time

/** Builds every package `runs` times in this process; the first run also loads Vite. */
async function timeBuilds(runs: number) {
  const ms: number[] = [];
  let last: WebBuild | undefined;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    last = await buildCourse(COURSE_DIR, BENCH_DIST, BENCH_WEB);
    ms.push(performance.now() - t0);
  }
  return { runsMs: ms.map(round1), medianMs: round1(median(ms)), build: last as WebBuild };
}

// ---------------------------------------------------------------------------------------------
// The baseline: a plain static page with the first module's text

function blockHtml(b: Block): string {
  switch (b.kind) {
    case "html":
      return b.html;
    case "question": {
      const q = b.question;
      const options = q.options.map((o) => `<li>${o.html}</li>`).join("");
      return `${q.scenarioHtml ?? ""}${q.stemHtml}<ul>${options}</ul>`;
    }
    case "timeline":
      return `<h2>${escapeHtml(b.title)}</h2><ol>${b.events.map((e) => `<li>${escapeHtml(e.when)}: ${e.html}</li>`).join("")}</ol>`;
    case "reflection":
      return b.prompts.map((p) => `<p>${escapeHtml(p.text)}</p>`).join("");
    case "results":
      return "";
    case "branching":
      return `<h2>${escapeHtml(b.title)}</h2>${b.scenes[0]?.html ?? ""}`;
    case "callout":
      return `<aside>${b.html}</aside>`;
    case "reveal":
      return `<details><summary>${escapeHtml(b.summary)}</summary>${b.html}</details>`;
    case "figure":
      return `<figure><img src="${escapeHtml(b.src)}" alt="${escapeHtml(b.alt)}"></figure>`;
    case "glossary":
    case "page":
      return "";
    default:
      return unknownKind(b);
  }
}

/** No script, no style sheet: the first page a learner sees, as a hand-written HTML page. */
export function baselinePage(course: Course): string {
  const m = course.modules[0];
  const [first] = pagesOf(m);
  return `<!doctype html>
<html lang="${escapeHtml(course.language)}">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>${escapeHtml(course.title)}</title>
</head>
<body>
<main>
<h1>${escapeHtml(m.title)}</h1>
${first.blocks.map(blockHtml).join("\n")}
</main>
</body>
</html>
`;
}

// ---------------------------------------------------------------------------------------------
// In the browser

/** Where the heading is: each step is searched for through open shadow roots. */
const COURSE_HEADING = ["module-page", "h1"];
const BASELINE_HEADING = ["h1"];
/** The buttons the journey presses, by their visible words. */
const ANSWER_BUTTON = /^Check answer/i;
const WARNING_BUTTON = /^I understand/i;
const LEAVING_GO = /^Go on anyway/i;

interface FrameProbe {
  heading?: number;
  /** culprit: "self" when the course frame's own work, else the LMS page ("…-ancestor") or other. */
  longTasks: Array<{ start: number; duration: number; culprit: string }>;
  events: Array<{ name: string; start: number; duration: number; processing: number }>;
  clicks: Array<{ at: number; what: string }>;
  saves: Array<{ name: string; ms: number; lmsMs: number }>;
}

/**
 * Runs in every frame before its own scripts (a Playwright init script). In the course frame it
 * looks for the heading at each animation frame; once it is there with text, the task after that
 * frame's rendering records `performance.now()`, i.e. milliseconds since the frame's own
 * navigation started (its timeOrigin), and posts it to the host page. It also collects long
 * tasks and slow input events for the journey (a FrameProbe in `window.__bench`).
 * Plain JavaScript text: tsx would add helpers to a TypeScript function that the page lacks.
 */
function frameProbe(chain: readonly string[]): string {
  return `(() => {
  if (window === window.top) return;
  const chain = ${JSON.stringify(chain)};
  const probe = { heading: undefined, longTasks: [], events: [], clicks: [], saves: [] };
  window.__bench = probe;
  // What each click was on, to tell answers from page changes in the Event Timing entries
  // (an entry's startTime is its event's timeStamp).
  function describe(el) {
    const button = el.closest && el.closest("button");
    const text = button ? button.textContent.trim() : "";
    if (${ANSWER_BUTTON}.test(text)) return "answer";
    if (${WARNING_BUTTON}.test(text)) return "content warning";
    if (el.closest && el.closest('a[href^="#"]')) return "page change";
    return text ? "button: " + text.slice(0, 30) : el.tagName.toLowerCase();
  }
  window.addEventListener(
    "click",
    (e) => probe.clicks.push({ at: e.timeStamp, what: describe(e.composedPath()[0]) }),
    true,
  );
  ${DEEP_FIND}
  function heading() {
    let scope = document;
    let el = null;
    for (const selector of chain) {
      el = deepFind(scope, selector);
      if (!el) return null;
      scope = el.shadowRoot || el;
    }
    return el;
  }
  function tick() {
    const h = heading();
    if (!h || !h.textContent.trim()) {
      requestAnimationFrame(tick);
      return;
    }
    // rAF callbacks run just before the frame is rendered; a message posted now is handled
    // after that rendering: this is when the frame with the heading was painted.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      probe.heading = performance.now();
      window.parent.postMessage({ benchHeading: probe.heading }, "*");
    };
    channel.port2.postMessage(0);
  }
  requestAnimationFrame(tick);
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        probe.longTasks.push({ start: e.startTime, duration: e.duration, culprit: e.name });
    }).observe({ type: "longtask", buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        probe.events.push({
          name: e.name,
          start: e.startTime,
          duration: e.duration,
          processing: e.processingEnd - e.processingStart,
        });
    }).observe({ type: "event", buffered: true, durationThreshold: 16 });
  } catch {
    /* a browser without these entry types: the journey reports none */
  }
})();`;
}

interface Lab {
  browser: Browser;
  url: string;
  close(): Promise<void>;
}

async function openLab(): Promise<Lab> {
  const { chromium } = await import("@playwright/test");
  const { chromiumPath, CHROMIUM_ARGS } = await import("../../../playwright.config.js");
  if (!chromiumPath()) {
    // The same helper `npm test` uses: installs Debian's chromium when it can, else says how.
    execFileSync(process.execPath, [join(ROOT, "scripts/ensure-test-tools.mjs")], {
      stdio: "inherit",
    });
  }
  const executablePath = chromiumPath();
  if (!executablePath) {
    throw new Error("no Chromium found: install it, or set CHROMIUM_PATH to a Chromium binary");
  }
  const sim = await startSimulator(BENCH_DIST);
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  return {
    browser,
    url: sim.url,
    close: async () => {
      await browser.close();
      await sim.close();
    },
  };
}

/** A fresh context and page with the probe installed, on the simulator's host page, ready. */
async function freshPage(lab: Lab, chain: readonly string[], cpuRate: number): Promise<Page> {
  const context = await lab.browser.newContext();
  await context.addInitScript({ content: frameProbe(chain) });
  const page = await context.newPage();
  await page.goto(`${lab.url}/`);
  await page.evaluate(() => (window as unknown as SimWindow).simulator.ready);
  // Throttle only now: the host page (the LMS's own weight) is loaded; the course is not yet.
  if (cpuRate !== 1) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuRate });
  }
  return page;
}

interface SimWindow {
  simulator: {
    ready: Promise<void>;
    launch(options: { pkg: string; mode: "iframe"; faults?: { slowMs: number } }): void;
    calls: Array<{ method: string; args: unknown[]; result: string; at: number }>;
    /** Ends the course as a learner leaving it (newer simulators). */
    close?: () => Promise<void>;
  };
  API?: Record<string, (...args: unknown[]) => unknown>;
  API_1484_11?: Record<string, (...args: unknown[]) => unknown>;
  __benchLms: { ms: number; calls: number };
}

/**
 * Launches a package in the simulator's frame and resolves with the probe's heading time. The
 * LMS API object is wrapped first, before the course can find it, to add up the time spent
 * inside LMS calls.
 */
async function launchAndWaitForHeading(page: Page, pkg: string): Promise<number> {
  return page.evaluate(async (name) => {
    const w = window as unknown as SimWindow;
    const heading = new Promise<number>((ok, fail) => {
      const timer = setTimeout(() => fail(new Error("no heading within 60 s")), 60_000);
      addEventListener("message", (e) => {
        if (typeof e.data?.benchHeading !== "number") return;
        clearTimeout(timer);
        ok(e.data.benchHeading);
      });
    });
    w.simulator.launch({ pkg: name, mode: "iframe", faults: { slowMs: 0 } });
    // The frame must be on screen: browsers do not paint what no one can see.
    document.getElementById("course")?.scrollIntoView({ block: "start" });
    w.__benchLms = { ms: 0, calls: 0 };
    const api = w.API_1484_11 ?? w.API;
    for (const [method, fn] of Object.entries(api ?? {})) {
      (api as Record<string, unknown>)[method] = (...args: unknown[]) => {
        const t0 = performance.now();
        try {
          return fn(...args);
        } finally {
          w.__benchLms.ms += performance.now() - t0;
          w.__benchLms.calls++;
        }
      };
    }
    return heading;
  }, pkg);
}

async function courseFrameOf(page: Page): Promise<Frame> {
  const frame = await (await page.locator("#course").elementHandle())?.contentFrame();
  if (!frame) throw new Error("the simulator shows no course frame");
  return frame;
}

interface LoadSample {
  target: "course" | "baseline";
  cpuRate: number;
  ms: number;
}

async function timeFirstHeading(lab: Lab, pkg: string, runs: number) {
  const samples: LoadSample[] = [];
  // One untimed load of each first: the simulator unzips a package on its first request.
  for (const [target, chain] of [
    [pkg, COURSE_HEADING],
    [BASELINE_ZIP, BASELINE_HEADING],
  ] as const) {
    const page = await freshPage(lab, chain, 1);
    await launchAndWaitForHeading(page, target);
    await page.context().close();
  }
  // Interleaved, so drift on the machine (thermal, other work) touches every variant alike.
  for (let i = 0; i < runs; i++) {
    for (const cpuRate of [1, 4]) {
      for (const target of ["course", "baseline"] as const) {
        const page = await freshPage(
          lab,
          target === "course" ? COURSE_HEADING : BASELINE_HEADING,
          cpuRate,
        );
        const ms = await launchAndWaitForHeading(page, target === "course" ? pkg : BASELINE_ZIP);
        samples.push({ target, cpuRate, ms });
        await page.context().close();
      }
    }
  }
  const pick = (target: LoadSample["target"], cpuRate: number) => {
    const ms = samples.filter((s) => s.target === target && s.cpuRate === cpuRate).map((s) => s.ms);
    return { runsMs: ms.map(round1), medianMs: round1(median(ms)) };
  };
  const variants = [1, 4].map((cpuRate) => {
    const course = pick("course", cpuRate);
    const baseline = pick("baseline", cpuRate);
    return {
      cpuRate,
      course,
      baseline,
      ratio: round2(course.medianMs / baseline.medianMs),
      // Each run's course and baseline load back to back, so their ratio shares the machine's
      // state at that moment: less swayed by other work on the machine than the medians' ratio.
      pairedRatio: round2(median(course.runsMs.map((c, i) => c / baseline.runsMs[i]))),
    };
  });
  return {
    package: pkg,
    runs,
    method:
      "in the course frame, inside the simulator's host page: performance.now() (ms since the frame's navigation started) in the first task after the animation frame in which `module-page h1` (through shadow roots) exists with text; the baseline page's `h1` the same way; fresh browser context per run; CPU throttling by CDP Emulation.setCPUThrottlingRate, set after the host page loaded",
    variants,
  };
}

/**
 * A learner's journey: from the first module's first page to the last page of the course with
 * Next, answering every question on each page on the way (each with its first option), passing
 * content warnings, and going on past what is not scored (the walked case) when asked. When a
 * selector changes, this is the one place to change it.
 */
async function walkCourse(frame: FrameLocator, course: Course): Promise<void> {
  await frame.locator(`a[href="#${course.modules[0].id}"]`).first().click();
  for (const m of course.modules) {
    const pages = pagesOf(m);
    for (const [i, p] of pages.entries()) {
      await frame.locator("module-page h1", { hasText: m.title }).waitFor();
      if (pages.length > 1) {
        const position = playerStrings.pageOf(i + 1, pages.length);
        await frame.locator("main .position", { hasText: position }).waitFor();
      }
      const gate = frame.getByRole("button", { name: WARNING_BUTTON });
      if (await gate.isVisible()) await gate.click();
      for (const b of p.blocks) {
        if (b.kind !== "question") continue;
        const input = frame.locator(`input[name="${b.question.id}"]`).first();
        const card = frame.locator("question-card").filter({ has: input });
        await input.check();
        await card.getByRole("button", { name: ANSWER_BUTTON }).click();
      }
      const next = frame.locator("nav.pager button.next");
      if ((await next.count()) === 0) return;
      await next.click();
      const goOn = frame.getByRole("button", { name: LEAVING_GO });
      if (await goOn.isVisible()) await goOn.click();
    }
  }
}

async function heapUsed(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  return usedSize;
}

/** Wraps the course's session actions (window.courseSession) to time each save. */
async function timeSaves(frame: Frame): Promise<boolean> {
  return frame.evaluate(() => {
    const w = window as unknown as {
      __bench: FrameProbe;
      courseSession?: Record<string, unknown>;
    };
    const session = w.courseSession;
    if (!session) return false;
    const host = window.top as unknown as SimWindow;
    for (const name of ["save", "flush", "finish"]) {
      const original = session[name];
      if (typeof original !== "function") continue;
      session[name] = function (this: unknown, ...args: unknown[]) {
        const lms0 = host.__benchLms.ms;
        const t0 = performance.now();
        try {
          return original.apply(this, args);
        } finally {
          w.__bench.saves.push({
            name,
            ms: performance.now() - t0,
            lmsMs: host.__benchLms.ms - lms0,
          });
        }
      };
    }
    return true;
  });
}

async function journey(lab: Lab, course: Course, pkg: string, cpuRate: number) {
  const page = await freshPage(lab, COURSE_HEADING, cpuRate);
  await launchAndWaitForHeading(page, pkg);
  const frame = await courseFrameOf(page);
  const savesTimed = await timeSaves(frame);
  const heapAtStart = await heapUsed(page);
  const t0 = performance.now();
  await walkCourse(page.frameLocator("#course"), course);
  const walkMs = performance.now() - t0;
  await page.waitForTimeout(300);
  const probe = await frame.evaluate(() => (window as unknown as { __bench: FrameProbe }).__bench);
  const heapAfterJourney = await heapUsed(page);
  // The learner leaves: the frame goes, the course terminates on pagehide.
  await page.evaluate(async () => {
    const sim = (window as unknown as SimWindow).simulator;
    if (sim.close) await sim.close();
    else document.getElementById("course")?.remove();
  });
  await page.waitForTimeout(200);
  const calls = await page.evaluate(() => (window as unknown as SimWindow).simulator.calls);
  await page.context().close();

  const count = (...names: string[]) => calls.filter((c) => names.includes(c.method)).length;
  const setValues = calls.filter((c) => c.method === "SetValue" || c.method === "LMSSetValue");
  const longestSave = maxBy(probe.saves, (x) => x.ms);
  // Tasks of the journey only: start-up is what the first-heading figures are about.
  const journeyTasks = probe.longTasks.filter((t) => t.start >= (probe.heading ?? 0));
  const courseTasks = journeyTasks.filter((t) => t.culprit === "self");
  const lmsTasks = journeyTasks.filter((t) => t.culprit !== "self");
  const longestTask = maxBy(courseTasks, (x) => x.duration);
  const longestLmsTask = maxBy(lmsTasks, (x) => x.duration);
  /** The slowest click of a kind, input to next paint (Event Timing keeps only those ≥ 16 ms). */
  const slowestClick = (what: string) => {
    const clicks = probe.clicks.filter((c) => c.what === what);
    const timed = probe.events.filter(
      (e) => e.name === "click" && clicks.some((c) => Math.abs(c.at - e.start) < 0.5),
    );
    const slowest = maxBy(timed, (e) => e.duration);
    return {
      clicks: clicks.length,
      toPaintMs: slowest ? Math.round(slowest.duration) : undefined,
      handlersMs: slowest ? round1(slowest.processing) : undefined,
    };
  };
  return {
    package: pkg,
    cpuRate,
    walkMs: Math.round(walkMs),
    calls: {
      total: calls.length,
      setValue: setValues.length,
      setValueRefused: setValues.filter((c) => c.result !== "true").length,
      setValueChars: setValues.reduce((n, c) => n + String(c.args[1] ?? "").length, 0),
      commit: count("Commit", "LMSCommit"),
      getValue: count("GetValue", "LMSGetValue"),
      initialize: count("Initialize", "LMSInitialize"),
      terminate: count("Terminate", "LMSFinish"),
    },
    saves: {
      timed: savesTimed ? probe.saves.length : 0,
      longestMs: longestSave ? round2(longestSave.ms) : undefined,
      longestInLmsMs: longestSave ? round2(longestSave.lmsMs) : undefined,
      longestKind: longestSave?.name,
      medianMs: probe.saves.length ? round2(median(probe.saves.map((x) => x.ms))) : undefined,
    },
    answerClick: slowestClick("answer"),
    pageChangeClick: slowestClick("page change"),
    longTasks: {
      course: courseTasks.length,
      longestCourseMs: longestTask ? Math.round(longestTask.duration) : undefined,
      lmsPage: lmsTasks.length,
      longestLmsPageMs: longestLmsTask ? Math.round(longestLmsTask.duration) : undefined,
    },
    heap: { atStart: heapAtStart, afterJourney: heapAfterJourney },
  };
}

/** The heap with the host page and the baseline page loaded, to set the course's share apart. */
async function baselineHeap(lab: Lab): Promise<number> {
  const page = await freshPage(lab, BASELINE_HEADING, 1);
  await launchAndWaitForHeading(page, BASELINE_ZIP);
  const used = await heapUsed(page);
  await page.context().close();
  return used;
}

// ---------------------------------------------------------------------------------------------
// Report

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const maxBy = <T>(xs: readonly T[], key: (x: T) => number): T | undefined =>
  xs.reduce<T | undefined>((a, b) => (a !== undefined && key(a) >= key(b) ? a : b), undefined);
const round1 = (x: number) => Math.round(x * 10) / 10;
const round2 = (x: number) => Math.round(x * 100) / 100;
const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;
const MB = (n: number) => `${(n / 1_000_000).toFixed(1)} MB`;
const rawGzip = (s: Size) => `${kB(s.raw)} raw, ${kB(s.gzip)} gzip`;
const ms = (x: number | undefined) => (x === undefined ? "—" : `${x} ms`);
type ClickFigures = { clicks: number; toPaintMs?: number; handlersMs?: number };
const clickTime = (c: ClickFigures) => (c.toPaintMs === undefined ? "< 16 ms" : ms(c.toPaintMs));
const clickNote = (c: ClickFigures) =>
  c.handlersMs === undefined
    ? `${c.clicks} clicks, none reached 16 ms`
    : `${c.handlersMs} ms in handlers; ${c.clicks} clicks`;

type Row = [string, string, string];

function printTable(sections: Array<[string, Row[]]>): void {
  const rows = sections.flatMap(([, r]) => r);
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => r[1].length));
  for (const [title, section] of sections) {
    console.log(`\n${title}`);
    console.log(`${"-".repeat(w0)}  ${"-".repeat(w1)}  ${"-".repeat(20)}`);
    for (const [a, b, c] of section) console.log(`${a.padEnd(w0)}  ${b.padStart(w1)}  ${c}`);
  }
  console.log("");
}

async function main(): Promise<void> {
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
    return;
  }
  if (values.only !== undefined) throw new Error(`--only takes "page-load", not "${values.only}"`);
  const runs = Math.max(1, Number(values.runs) || 7);
  const buildRuns = Math.max(1, Number(values["build-runs"]) || 5);
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
        "writeReport in a fresh Node process (taskset -c 0 where available) on a synthetic export written by tests/helpers/synthetic-export.ts; ms is wall time of read + count + write, cpuMs the process's CPU time, peakRssBytes its maxRSS",
    },
  };
  results.meta.benchSeconds = Math.round((performance.now() - started) / 1000);
  results.meta.loadAverageAtEnd = round2(loadavg()[0]);
  mkdirSync(dirname(RESULTS_FILE), { recursive: true });
  writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);

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
      `Full journey (${course.modules.length} modules, ${questionsOf(course).length} questions answered, then the frame closes)`,
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

/** The files of the web zip, as a learner's browser gets them from a web server. */
function webPackageFiles(course: Course, webDir: string): Map<string, Uint8Array> {
  return packageFiles(course, readTree(webDir), "web");
}

/** `--only page-load`: one build, the page-load figures, merged into the last results file. */
async function pageLoadOnly(runs: number): Promise<void> {
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

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) await main();
