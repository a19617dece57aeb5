/** A learner's whole journey through the course in the simulator: saves, clicks, tasks, heap. */
import type { Frame, FrameLocator, Page } from "@playwright/test";
import { pagesOf } from "../../blocks/page/rules.js";
import type { Course } from "../../course/model.js";
import { strings as playerStrings } from "../../player/strings.js";
import { maxBy, median, round1, round2 } from "./figures.js";
import {
  ANSWER_BUTTON,
  BASELINE_HEADING,
  COURSE_HEADING,
  courseFrameOf,
  type FrameProbe,
  freshPage,
  type Lab,
  LEAVING_GO,
  launchAndWaitForHeading,
  type SimWindow,
  WARNING_BUTTON,
} from "./lab.js";
import { BASELINE_ZIP } from "./settings.js";

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

export async function journey(lab: Lab, course: Course, pkg: string, cpuRate: number) {
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
export async function baselineHeap(lab: Lab): Promise<number> {
  const page = await freshPage(lab, BASELINE_HEADING, 1);
  await launchAndWaitForHeading(page, BASELINE_ZIP);
  const used = await heapUsed(page);
  await page.context().close();
  return used;
}
