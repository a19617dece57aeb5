/**
 * In the browser: one Chromium with the LMS simulator, a probe in the course frame, and the time
 * to the first module heading, course against the baseline page.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import type { Browser, Frame, Page } from "@playwright/test";
import { startSimulator } from "../lms-simulator/server.js";
import { median, round1, round2 } from "./figures.js";
import { DEEP_FIND } from "./page-load.js";
import { BASELINE_ZIP, BENCH_DIST, ROOT } from "./settings.js";

/** Where the heading is: each step is searched for through open shadow roots. */
export const COURSE_HEADING = ["module-page", "h1"];
export const BASELINE_HEADING = ["h1"];
/** The buttons the journey presses, by their visible words. */
export const ANSWER_BUTTON = /^Check answer/i;
export const WARNING_BUTTON = /^I understand/i;
export const LEAVING_GO = /^Go on anyway/i;

export interface FrameProbe {
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

export interface Lab {
  browser: Browser;
  url: string;
  close(): Promise<void>;
}

export async function openLab(): Promise<Lab> {
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
export async function freshPage(
  lab: Lab,
  chain: readonly string[],
  cpuRate: number,
): Promise<Page> {
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

export interface SimWindow {
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
export async function launchAndWaitForHeading(page: Page, pkg: string): Promise<number> {
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

export async function courseFrameOf(page: Page): Promise<Frame> {
  const frame = await (await page.locator("#course").elementHandle())?.contentFrame();
  if (!frame) throw new Error("the simulator shows no course frame");
  return frame;
}

interface LoadSample {
  target: "course" | "baseline";
  cpuRate: number;
  ms: number;
}

export async function timeFirstHeading(lab: Lab, pkg: string, runs: number) {
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
