/**
 * The page's inline starter (src/compiler/player-build/prerender.ts) puts the player's scripts in place only once
 * the first view has been painted, exactly once, and never leaves a page without them: a hidden
 * page starts at once, a page that gets no frames or has no paint timing after two seconds. Run
 * here against a scripted browser (frames, timers, paint entries), so each path is taken on
 * purpose; the browser tests (tests/e2e/first-view.spec.ts) take the usual one in Chromium.
 */
import { describe, expect, it } from "vitest";
import { STARTER } from "../../src/compiler/player-build/prerender.js";

interface Timer {
  at: number;
  run: () => void;
}

/** A page as the starter sees it, with the clock, the frames and the paints under the test's hand. */
function page(options: { visible?: boolean; paintTiming?: boolean; fcpAlready?: boolean } = {}) {
  const { visible = true, paintTiming = true, fcpAlready = false } = options;
  let now = 0;
  let frames: Array<() => void> = [];
  let timers: Timer[] = [];
  const paints = new Set<string>(fcpAlready ? ["first-paint", "first-contentful-paint"] : []);
  const observers: Array<(list: unknown, o: { disconnect(): void }) => void> = [];
  const inserted: unknown[] = [];
  const entriesOf = (names: Iterable<string>) => ({
    getEntriesByName: (name: string) => ([...names].includes(name) ? [{ name }] : []),
  });
  const fakes = {
    document: {
      visibilityState: visible ? "visible" : "hidden",
      getElementById: (id: string) => ({ content: `content of #${id}` }),
      importNode: (node: unknown, deep: boolean) => ({ clone: node, deep }),
      body: { append: (node: unknown) => inserted.push(node) },
    },
    requestAnimationFrame: (run: () => void) => frames.push(run),
    setTimeout: (run: () => void, ms = 0) => timers.push({ at: now + ms, run }),
    performance: entriesOf(paints),
    PerformanceObserver: paintTiming
      ? class {
          constructor(private readonly report: (typeof observers)[number]) {}
          observe(o: { type: string; buffered: boolean }) {
            expect(o).toEqual({ type: "paint", buffered: true });
            let connected = true;
            observers.push((list) => {
              if (connected) this.report(list, { disconnect: () => (connected = false) });
            });
          }
        }
      : undefined,
  };
  new Function(...Object.keys(fakes), STARTER)(...Object.values(fakes));
  return {
    inserted,
    /** The browser runs a frame: its animation frame callbacks. */
    frame() {
      const due = frames;
      frames = [];
      for (const run of due) run();
    },
    /** A paint entry is reported to the observers. */
    paint(name: "first-paint" | "first-contentful-paint") {
      paints.add(name);
      for (const report of observers) report(entriesOf([name]), { disconnect() {} });
    },
    /** Time passes by `ms`, running the timers that fall due. */
    wait(ms: number) {
      now += ms;
      for (;;) {
        const due = timers.filter((t) => t.at <= now).sort((a, b) => a.at - b.at)[0];
        if (!due) return;
        timers = timers.filter((t) => t !== due);
        due.run();
      }
    },
  };
}

const theScripts = { clone: "content of #player-scripts", deep: true };

describe("the starter", () => {
  it("waits for the first contentful paint, then a task, then puts the scripts in once", () => {
    const p = page();
    p.wait(0);
    p.frame();
    p.wait(0);
    expect(p.inserted).toEqual([]);
    // A paint of the background alone is not the content.
    p.paint("first-paint");
    p.wait(0);
    expect(p.inserted).toEqual([]);
    p.paint("first-contentful-paint");
    expect(p.inserted).toEqual([]);
    p.wait(0);
    expect(p.inserted).toEqual([theScripts]);
    // The two-second safety net does not put them in a second time.
    p.wait(5000);
    p.frame();
    expect(p.inserted).toEqual([theScripts]);
  });

  it("after the next frame when the page had already painted in part while it arrived", () => {
    const p = page({ fcpAlready: true });
    p.frame();
    p.wait(0);
    expect(p.inserted).toEqual([]);
    p.frame();
    p.wait(0);
    expect(p.inserted).toEqual([theScripts]);
  });

  it("at once in a hidden page, which gets no frames to paint", () => {
    const p = page({ visible: false });
    expect(p.inserted).toEqual([theScripts]);
    p.wait(5000);
    expect(p.inserted).toEqual([theScripts]);
  });

  it("after two seconds in a page that gets no frames (an LMS frame the browser throttles)", () => {
    const p = page();
    p.wait(1999);
    expect(p.inserted).toEqual([]);
    p.wait(1);
    expect(p.inserted).toEqual([theScripts]);
  });

  it("after two seconds in a browser without paint timing", () => {
    const p = page({ paintTiming: false });
    // The frame's callback fails on the missing PerformanceObserver; the page does not.
    expect(() => p.frame()).toThrow();
    p.wait(1999);
    expect(p.inserted).toEqual([]);
    p.wait(1);
    expect(p.inserted).toEqual([theScripts]);
  });
});
