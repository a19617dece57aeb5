/**
 * The page-load part of `npm run bench`: the web package and the plain baseline page side by
 * side, served by a local static server uncompressed and gzipped, at no throttling, CPU 4× and
 * CPU 4× plus slow 3G; first paint of the first heading and paragraph, time until a question is
 * answerable, CLS and the bytes that arrived before the first paint.
 */
import type { Browser } from "@playwright/test";
import { pagesOf } from "../../blocks/page/rules.js";
import type { Course } from "../../course/model.js";
import { type Encoding, startStaticServer } from "./static-server.js";

/** Chrome DevTools' classic "Slow 3G" preset, as CDP Network.emulateNetworkConditions takes it. */
export const SLOW_3G = {
  offline: false,
  latency: 2000,
  downloadThroughput: ((500 * 1000) / 8) * 0.8,
  uploadThroughput: ((500 * 1000) / 8) * 0.8,
} as const;

export interface Condition {
  name: string;
  cpuRate: number;
  network?: typeof SLOW_3G;
}

export const CONDITIONS: readonly Condition[] = [
  { name: "no throttling", cpuRate: 1 },
  { name: "CPU 4×", cpuRate: 4 },
  { name: "CPU 4× + slow 3G", cpuRate: 4, network: SLOW_3G },
];
const ENCODINGS: readonly Encoding[] = ["plain", "gzip"];

interface ProbeSetup {
  /** Selector chains (each step searched through open shadow roots). */
  heading: string[];
  paragraph: string[];
  /** The menu link to the first module with a question (course only). */
  questionLink?: string;
}

interface ProbeResult {
  headingMs: number;
  paragraphMs: number;
  paragraphText: string;
  /** When a question's answer could be chosen: the player ran, the link was followed. */
  interactiveMs?: number;
  cls: number;
  bytesBeforePaint: number;
  requestsBeforePaint: number;
  /** The browser's own first contentful paint (whatever it painted first). */
  fcpMs: number;
  /** Transfer sizes of the page and of what the browser marked render-blocking. */
  bytesNeeded: number;
  requestsNeeded: number;
}

/**
 * In-page JavaScript text for the probes: the first element matching `selector` in `root` or in
 * any open shadow root below it.
 */
export const DEEP_FIND = `function deepFind(root, selector) {
    const direct = root.querySelector(selector);
    if (direct) return direct;
    for (const el of root.querySelectorAll("*")) {
      if (!el.shadowRoot) continue;
      const found = deepFind(el.shadowRoot, selector);
      if (found) return found;
    }
    return null;
  }`;

/**
 * Runs in the page before its own scripts (a Playwright init script). Each animation frame it
 * looks for the heading and the first paragraph; the task after the frame that has them records
 * performance.now() (ms since navigation start). For the course it then waits until the player
 * has rendered, follows the menu link to the first question's module (as a learner would click
 * it), waits for that module's content to be fetched and shown, passes a content warning if one
 * is shown, and records when a question's radio button is there and enabled. CLS is the
 * layout-shift total up to that click (the click changes the page on purpose); bytes are the
 * transfer sizes of the page and what the browser marked render-blocking (needed), and of every
 * response that ended before the paint (arrived).
 * Plain JavaScript text: tsx would add helpers to a TypeScript function that the page lacks.
 */
export function pageLoadProbe(setup: ProbeSetup): string {
  return `(() => {
  if (window !== window.top) return;
  const setup = ${JSON.stringify(setup)};
  const probe = { cls: 0 };
  let clsOpen = true;
  let finish;
  window.__pageLoadDone = new Promise((ok) => { finish = ok; });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (clsOpen && !e.hadRecentInput) probe.cls += e.value;
    }).observe({ type: "layout-shift", buffered: true });
  } catch {}
  ${DEEP_FIND}
  function find(chain) {
    let scope = document;
    let el = null;
    for (const selector of chain) {
      el = deepFind(scope, selector);
      if (!el) return null;
      scope = el.shadowRoot || el;
    }
    return el && el.textContent.trim() ? el : null;
  }
  const visible = (el) => el && el.getClientRects().length > 0;
  function afterPaint(record) {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => record(performance.now());
    channel.port2.postMessage(0);
  }
  const sum = (es) => es.reduce((n, e) => n + e.transferSize, 0);
  // Responses that had ended by then (a page still arriving has no responseEnd yet).
  function bytesUntil(t) {
    const arrived = [...performance.getEntriesByType("navigation"), ...performance.getEntriesByType("resource")]
      .filter((e) => e.responseEnd > 0 && e.responseEnd <= t);
    return { bytes: sum(arrived), requests: arrived.length };
  }
  // What the paint needed: the page and what the browser marked render-blocking. Read when
  // the probe finishes, once the page's own size is known even if it painted while arriving.
  function settle(probe) {
    const needed = [...performance.getEntriesByType("navigation"),
      ...performance.getEntriesByType("resource").filter((e) => e.renderBlockingStatus === "blocking")];
    probe.bytesNeeded = sum(needed);
    probe.requestsNeeded = needed.length;
    const fcp = performance.getEntriesByType("paint").find((e) => e.name === "first-contentful-paint");
    probe.fcpMs = fcp ? fcp.startTime : -1;
    finish(probe);
  }
  let clicked = false;
  let lastPageLeft = 0;
  function tick() {
    if (probe.headingMs === undefined) {
      const h = find(setup.heading);
      const p = find(setup.paragraph);
      if (h && p && visible(h) && visible(p)) {
        probe.headingMs = -1;
        probe.paragraphText = p.textContent.trim().slice(0, 60);
        afterPaint((t) => {
          probe.headingMs = t;
          probe.paragraphMs = t;
          const b = bytesUntil(t);
          probe.bytesBeforePaint = b.bytes;
          probe.requestsBeforePaint = b.requests;
          if (!setup.questionLink) setTimeout(() => { clsOpen = false; settle(probe); }, 500);
        });
      }
    } else if (setup.questionLink && probe.headingMs > 0) {
      const player = document.querySelector("course-player");
      const ready = player && customElements.get("course-player") && player.hasUpdated;
      if (ready && !clicked) {
        const link = deepFind(document, 'a[href="' + setup.questionLink + '"]');
        if (link) { clsOpen = false; clicked = true; link.click(); }
      } else if (clicked && !player.fetching && player.current === setup.questionLink.slice(1)) {
        // (Once the module's content has come: the player fetches it when it is first shown.)
        const gate = [...(deepFind(document, "module-page")?.shadowRoot?.querySelectorAll("button") ?? [])]
          .find((b) => /^I understand/i.test(b.textContent.trim()));
        if (gate) gate.click();
        const radio = deepFind(document, 'input[type="radio"]');
        if (radio && !radio.disabled && visible(radio)) {
          afterPaint((t) => { probe.interactiveMs = t; settle(probe); });
          return;
        }
        // The question may be on a later page of the module: read on with Next, once a page.
        const modulePage = deepFind(document, "module-page");
        const next = player?.shadowRoot?.querySelector("nav.pager button.next");
        if (!gate && modulePage && next && modulePage.page !== lastPageLeft) {
          lastPageLeft = modulePage.page;
          next.click();
        }
      }
    }
    requestAnimationFrame(tick);
  }
  requestAnimationFrame(tick);
})();`;
}

interface Sample {
  condition: string;
  encoding: Encoding;
  target: "course" | "baseline";
  result: ProbeResult;
}

async function loadOnce(
  browser: Browser,
  url: string,
  setup: ProbeSetup,
  condition: Condition,
): Promise<ProbeResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    await context.addInitScript({ content: pageLoadProbe(setup) });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    if (condition.network) await cdp.send("Network.emulateNetworkConditions", condition.network);
    if (condition.cpuRate !== 1)
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: condition.cpuRate });
    await page.goto(url, { waitUntil: "commit", timeout: 120_000 });
    return await page.evaluate(
      () =>
        Promise.race([
          (window as unknown as { __pageLoadDone: Promise<ProbeResult> }).__pageLoadDone,
          new Promise<never>((_, fail) =>
            setTimeout(() => fail(new Error("page did not finish loading within 120 s")), 120_000),
          ),
        ]),
      undefined,
    );
  } finally {
    await context.close();
  }
}

/**
 * Loads per condition: `runs` on the slow network, where a load takes seconds and varies little;
 * four times as many without one, where a load takes a fraction of a second and a shared
 * machine's noise is of the same size as the difference measured.
 */
export function runsOf(condition: Condition, runs: number): number {
  return condition.network ? runs : runs * 4;
}

/** The first module that asks a question on any of its pages (the probe reads on with Next). */
export function firstQuestionModule(course: Course): string | undefined {
  return course.modules.find((m) =>
    pagesOf(m).some((p) => p.blocks.some((b) => b.kind === "question")),
  )?.id;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length === 0 ? Number.NaN : s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const round1 = (x: number) => Math.round(x * 10) / 10;
const round2 = (x: number) => Math.round(x * 100) / 100;
const round3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Loads the web package and the baseline `runs` times in every condition and encoding, in
 * interleaved order (drift on a shared machine touches every variant alike), and returns the
 * medians and the course / baseline ratios.
 */
export async function measurePageLoad(
  browser: Browser,
  course: Course,
  webFiles: ReadonlyMap<string, Uint8Array>,
  baselineHtml: string,
  runs: number,
  log: (line: string) => void = () => {},
) {
  const questionModule = firstQuestionModule(course);
  const server = await startStaticServer(
    new Map([
      ["course", webFiles],
      ["baseline", new Map([["index.html", new TextEncoder().encode(baselineHtml)]])],
    ]),
  );
  const setups = {
    course: {
      heading: ["module-page", "h1"],
      paragraph: ["module-page", "p"],
      questionLink: questionModule ? `#${questionModule}` : undefined,
    },
    baseline: { heading: ["h1"], paragraph: ["main p"] },
  } satisfies Record<string, ProbeSetup>;
  const samples: Sample[] = [];
  const most = Math.max(...CONDITIONS.map((c) => runsOf(c, runs)));
  try {
    for (let i = 0; i < most; i++) {
      for (const condition of CONDITIONS) {
        if (i >= runsOf(condition, runs)) continue;
        for (const encoding of ENCODINGS) {
          // Each goes first every other run: a load can leave the next one warmer caches.
          const order =
            i % 2 ? (["baseline", "course"] as const) : (["course", "baseline"] as const);
          for (const target of order) {
            const result = await loadOnce(
              browser,
              server.url(encoding, target),
              setups[target],
              condition,
            );
            samples.push({ condition: condition.name, encoding, target, result });
          }
        }
      }
      log(`  page load: run ${i + 1} of ${most} done`);
    }
  } finally {
    await server.close();
  }
  const rows = CONDITIONS.flatMap((condition) =>
    ENCODINGS.map((encoding) => {
      const of = (target: Sample["target"]) =>
        samples
          .filter((s) => s.condition === condition.name && s.encoding === encoding)
          .filter((s) => s.target === target)
          .map((s) => s.result);
      const course = of("course");
      const baseline = of("baseline");
      const summary = (rs: ProbeResult[]) => ({
        firstPaintMs: round1(median(rs.map((r) => Math.max(r.headingMs, r.paragraphMs)))),
        runsMs: rs.map((r) => Math.round(Math.max(r.headingMs, r.paragraphMs))),
        interactiveMs: rs.some((r) => r.interactiveMs !== undefined)
          ? round1(median(rs.map((r) => r.interactiveMs ?? Number.NaN)))
          : undefined,
        clsMax: round3(Math.max(...rs.map((r) => r.cls))),
        bytesBeforePaint: median(rs.map((r) => r.bytesBeforePaint)),
        requestsBeforePaint: median(rs.map((r) => r.requestsBeforePaint)),
        fcpMs: round1(median(rs.map((r) => r.fcpMs))),
        bytesNeeded: median(rs.map((r) => r.bytesNeeded)),
        requestsNeeded: median(rs.map((r) => r.requestsNeeded)),
        paragraph: rs[0]?.paragraphText,
      });
      const c = summary(course);
      const b = summary(baseline);
      return {
        condition: condition.name,
        runs: runsOf(condition, runs),
        cpuRate: condition.cpuRate,
        network: condition.network ? "slow 3G" : "none",
        encoding,
        course: c,
        baseline: b,
        firstPaintRatio: round2(c.firstPaintMs / b.firstPaintMs),
        fcpRatio: round2(c.fcpMs / b.fcpMs),
        bytesRatio: round2(c.bytesBeforePaint / b.bytesBeforePaint),
      };
    }),
  );
  return {
    runs,
    questionModule,
    method:
      "top-level page from a local static server (127.0.0.1), fresh browser context per load, cache off; the course and the plain page alternately first in each run, medians of 4× as many runs without network throttling as with it; Network.emulateNetworkConditions (slow 3G: 2000 ms latency, 50 kB/s each way) and Emulation.setCPUThrottlingRate set before navigation; first paint: performance.now() in the first task after the animation frame in which the first heading and the first paragraph (through shadow roots) exist with text and layout; interactive: the player has rendered, the probe clicks the menu link to the first module with a question, waits for that module's content to be fetched and shown, passes a content warning and reads on with Next to the page that asks it, until a question's radio is enabled and painted; CLS: layout-shift total until that click (baseline: until 500 ms after its paint), worst run; bytes needed: transferSize of the navigation and of every resource the browser marked render-blocking (renderBlockingStatus); bytes arrived: of the navigation and every resource whose response ended before the paint (median)",
    rows,
  };
}

export type PageLoadResult = Awaited<ReturnType<typeof measurePageLoad>>;

type Row = [string, string, string];

/** The table rows `npm run bench` prints for the page-load figures. */
export function pageLoadRows(r: PageLoadResult): Row[] {
  const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;
  return r.rows.flatMap((x): Row[] => {
    const label = `${x.condition}, ${x.encoding === "gzip" ? "gzip" : "uncompressed"}`;
    return [
      [
        `${label}: first heading + paragraph`,
        `${x.course.firstPaintMs} / ${x.baseline.firstPaintMs} ms`,
        `course / plain page = ${x.firstPaintRatio}× (goal ≤ 1.15×); runs ${x.course.runsMs.join(", ")} / ${x.baseline.runsMs.join(", ")}`,
      ],
      [
        `${label}: first contentful paint`,
        `${x.course.fcpMs} / ${x.baseline.fcpMs} ms`,
        `course / plain page = ${x.fcpRatio}× (the browser's own figure: when it first painted any text)`,
      ],
      [
        `${label}: question answerable`,
        x.course.interactiveMs === undefined ? "—" : `${x.course.interactiveMs} ms`,
        `course only (module ${r.questionModule ?? "none"}, reached by its menu link)`,
      ],
      [
        `${label}: CLS (worst run)`,
        `${x.course.clsMax} / ${x.baseline.clsMax}`,
        "course / plain page (goal ≤ 0.05)",
      ],
      [
        `${label}: bytes the first paint needed`,
        `${kB(x.course.bytesNeeded)} / ${kB(x.baseline.bytesNeeded)}`,
        `course / plain page; ${x.course.requestsNeeded} / ${x.baseline.requestsNeeded} responses (the page and what the browser marked render-blocking), transfer sizes`,
      ],
      [
        `${label}: bytes arrived before first paint`,
        `${kB(x.course.bytesBeforePaint)} / ${kB(x.baseline.bytesBeforePaint)}`,
        `course / plain page = ${x.bytesRatio}×; ${x.course.requestsBeforePaint} / ${x.baseline.requestsBeforePaint} responses (the player's scripts are requested only once the page has painted)`,
      ],
    ];
  });
}
