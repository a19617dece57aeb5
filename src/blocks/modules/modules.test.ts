/**
 * The cover's module tiles: what the loader accepts and refuses, what each tile says of the
 * learner's state (the course menu's own rules), and where "Continue where you left off" goes.
 */
import { describe, expect, it } from "vitest";
import type { Block, Course, Module } from "../../course/model.js";
import type { Progress } from "../../kit/progress.js";
import { type BlockContext, IdRegistry } from "../../loading/load-context.js";
import { formatProblem } from "../../loading/problems.js";
import { modules as modulesBuild } from "./build.js";
import { loadModules } from "./load.js";
import { continueTo, tilesOf } from "./rules.js";

function context(): BlockContext {
  const problems: BlockContext["problems"] = [];
  return {
    file: "modules/01-welcome.md",
    dir: "/course",
    problems,
    ids: new IdRegistry(problems),
    themeIds: new Set(["t"]),
    themesKnown: true,
    media: new Set(),
    termUses: [],
  };
}

/** Loads a block whose fence is on line 10, so its settings start on line 11. */
function load(yaml: string) {
  const ctx = context();
  const block = loadModules(yaml, 10, ctx);
  return { block, problems: ctx.problems.map(formatProblem) };
}

describe("the modules block's loader", () => {
  it("needs nothing: an empty block is the tiles under the kind's own heading", () => {
    expect(load("")).toEqual({ block: { kind: "modules" }, problems: [] });
    expect(load("\n")).toEqual({ block: { kind: "modules" }, problems: [] });
  });

  it("takes a heading of the author's", () => {
    expect(load("title: Your modules\n")).toEqual({
      block: { kind: "modules", title: "Your modules" },
      problems: [],
    });
  });

  it("refuses a setting it does not know, at its line", () => {
    const { block, problems } = load("title: Modules\ncolumns: 3\n");
    expect(block).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^modules\/01-welcome\.md:12: .*columns/);
  });

  it("is the same in the outline and counts only its heading's words", () => {
    const b = { kind: "modules", title: "Your modules" } as const;
    expect(modulesBuild.outline(b)).toEqual(b);
    expect(modulesBuild.reading(b)).toEqual({ words: 2 });
    expect(modulesBuild.baselineHtml({ kind: "modules", title: "<b> & co" })).toBe(
      "<h2>&lt;b&gt; &amp; co</h2>",
    );
  });
});

const page = { kind: "page", title: "Two" } as unknown as Block;
const html = (text: string) => ({ kind: "html", html: `<p>${text}</p>` }) as unknown as Block;
/** A question the learner has not answered is something the module still asks. */
const question = {
  kind: "question",
  question: {
    id: "q1",
    kind: "single",
    theme: "t",
    scored: false,
    weighting: 1,
    stemText: "Q?",
    stemHtml: "<p>Q?</p>",
    options: [
      { id: "a", html: "A", correct: true, feedbackHtml: "" },
      { id: "b", html: "B", correct: false, feedbackHtml: "" },
    ],
  },
} as unknown as Block;

const mod = (id: string, blocks: Block[]): Module => ({
  id,
  title: id.toUpperCase(),
  themes: [],
  contentWarning: false,
  blocks,
  minutes: 2,
});

const course = {
  modules: [
    mod("welcome", [html("hi"), { kind: "modules" }]),
    mod("one", [html("a"), page, html("b")]),
    mod("two", [html("c"), question]),
    mod("three", [html("d")]),
  ],
} as unknown as Course;

const progress = (p: Partial<Progress> = {}): Progress => ({
  location: null,
  visited: [],
  pagesSeen: {},
  answers: {},
  reflections: {},
  timeSpentMs: 0,
  ...p,
});

describe("the tiles", () => {
  it("are every module but the one the cover is on, in course order", () => {
    expect(tilesOf(course, progress(), "welcome").map((t) => t.module.id)).toEqual([
      "one",
      "two",
      "three",
    ]);
  });

  it("say not started, in progress with pages reached of pages, or done, as the menu does", () => {
    const p = progress({
      visited: ["welcome", "one", "three"],
      pagesSeen: { welcome: 1, one: 1, three: 1 },
    });
    const tiles = tilesOf(course, p, "welcome");
    expect(tiles.map((t) => [t.module.id, t.state, t.reached, t.pages])).toEqual([
      ["one", "in-progress", 1, 2],
      ["two", "not-started", 0, 1],
      ["three", "done", 1, 1],
    ]);
  });

  it("say in progress while a module still asks something, every page reached", () => {
    const p = progress({ visited: ["two"], pagesSeen: { two: 1 } });
    expect(tilesOf(course, p, "welcome")[1]).toMatchObject({ state: "in-progress", reached: 1 });
    const answered = progress({
      visited: ["two"],
      pagesSeen: { two: 1 },
      answers: { q1: { choice: ["a"], attempts: 1 } } as unknown as Progress["answers"],
    });
    expect(tilesOf(course, answered, "welcome")[1].state).toBe("done");
  });
});

describe("continue where you left off", () => {
  it("is not offered to a learner who has opened nothing but the cover's module", () => {
    expect(continueTo(course, progress(), "welcome")).toBeUndefined();
    expect(
      continueTo(course, progress({ visited: ["welcome"], pagesSeen: { welcome: 1 } }), "welcome"),
    ).toBeUndefined();
  });

  it("goes to the first module not done, at its first page not reached", () => {
    const p = progress({ visited: ["welcome", "one"], pagesSeen: { welcome: 1, one: 1 } });
    const to = continueTo(course, p, "welcome");
    expect([to?.module.id, to?.page]).toEqual(["one", 2]);
  });

  it("goes on from the furthest module opened, not back to one skipped", () => {
    // Two opened (and still asking its question), one never opened: two is where they left off.
    const p = progress({ visited: ["welcome", "two"], pagesSeen: { welcome: 1, two: 1 } });
    const to = continueTo(course, p, "welcome");
    expect([to?.module.id, to?.page]).toEqual(["two", 1]);
    // Two done: the next module after it.
    const done = progress({
      visited: ["two"],
      pagesSeen: { two: 1 },
      answers: { q1: { choice: ["a"], attempts: 1 } } as unknown as Progress["answers"],
    });
    expect(continueTo(course, done, "welcome")?.module.id).toBe("three");
  });

  it("goes back to the first module not done once the furthest and all after it are done", () => {
    const p = progress({ visited: ["one", "three"], pagesSeen: { one: 3, three: 1 } });
    const to = continueTo(course, p, "welcome");
    expect([to?.module.id, to?.page]).toEqual(["two", 1]);
  });

  it("goes to the page of what a module still asks once every page is reached", () => {
    const withPages = {
      modules: [course.modules[0], mod("four", [html("e"), page, question, page, html("f")])],
    } as unknown as Course;
    const p = progress({ visited: ["four"], pagesSeen: { four: 7 } });
    const to = continueTo(withPages, p, "welcome");
    expect([to?.module.id, to?.page]).toEqual(["four", 2]);
  });

  it("is not offered once every other module is done", () => {
    const p = progress({
      visited: ["one", "two", "three"],
      pagesSeen: { one: 3, two: 1, three: 1 },
      answers: { q1: { choice: ["a"], attempts: 1 } } as unknown as Progress["answers"],
    });
    expect(continueTo(course, p, "welcome")).toBeUndefined();
  });
});
