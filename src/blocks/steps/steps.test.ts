/**
 * The steps block's own tests: what its loader accepts and refuses (file:line, in words an author
 * can act on), and what the build makes of it (outline, reading time, the no-script baseline).
 */
import { describe, expect, it } from "vitest";
import { blockContext, loadAtLine10 } from "../../loading/test-context.js";
import { steps as stepsBuild } from "./build.js";
import { loadSteps, MAX_STEPS } from "./load.js";
import type { StepsBlock } from "./model.js";

const context = () => blockContext("modules/02-route.md", ["escalation"]);

const load = (yaml: string, ctx = context()) => loadAtLine10(loadSteps, yaml, ctx);

const GOOD = `id: route
title: The route
steps:
  - title: Talk to them
    text: Say what worries you, and **why**.
  - title: Your manager
    text: In writing.
  - title: The partnership
    text: The last stage.
`;

describe("the steps block's loader", () => {
  it("reads the steps in the author's order, titles as plain text and text as Markdown", () => {
    const { block, problems } = load(GOOD);
    expect(problems).toEqual([]);
    expect(block).toEqual({
      kind: "steps",
      id: "route",
      title: "The route",
      steps: [
        { title: "Talk to them", html: "<p>Say what worries you, and <strong>why</strong>.</p>" },
        { title: "Your manager", html: "<p>In writing.</p>" },
        { title: "The partnership", html: "<p>The last stage.</p>" },
      ],
    });
  });

  it("needs no title", () => {
    const { block, problems } = load(GOOD.replace("title: The route\n", ""));
    expect(problems).toEqual([]);
    expect(block && "title" in block).toBe(false);
  });

  it("refuses one step, and more than ten, at the line of the list", () => {
    const one = GOOD.replace(/ {2}- title: Your manager[\s\S]*$/, "");
    expect(load(one)).toEqual({
      block: undefined,
      problems: ["modules/02-route.md:13: a steps block has 2 to 10 steps; this one has 1"],
    });
    const many = `id: route\nsteps:\n${Array.from(
      { length: MAX_STEPS + 1 },
      (_, i) => `  - title: Step ${i}\n    text: Do ${i}.\n`,
    ).join("")}`;
    expect(load(many).problems).toEqual([
      "modules/02-route.md:12: a steps block has 2 to 10 steps; this one has 11",
    ]);
  });

  it("refuses two steps with the same title, naming the step it repeats", () => {
    const twice = GOOD.replace("title: The partnership", "title: talk to them");
    expect(load(twice)).toEqual({
      block: undefined,
      problems: [
        `modules/02-route.md:18: the step title "talk to them" is also step 1's: give each step a title of its own`,
      ],
    });
  });

  it("refuses a step title over 60 characters, saying how much to cut", () => {
    const long = "x".repeat(61);
    const { block, problems } = load(GOOD.replace("title: Your manager", `title: ${long}`));
    expect(block).toBeUndefined();
    expect(problems).toEqual([
      `modules/02-route.md:16: "title" is 61 characters long, but at most 60 fit: shorten it by 1 characters (see "How long texts can be" in course/README.md)`,
    ]);
    // The block's own title keeps the longer limit of every title.
    expect(load(GOOD.replace("title: The route", `title: ${long}`)).problems).toEqual([]);
  });

  it("refuses a step with no text, an unknown setting, and an id used elsewhere in the course", () => {
    const ctx = context();
    ctx.ids.claim("route", "question", "modules/01-intro.md", 4);
    const bad = GOOD.replace("    text: In writing.\n", "    txt: In writing.\n");
    const { block, problems } = load(bad, ctx);
    expect(block).toBeUndefined();
    expect(problems).toEqual([
      'modules/02-route.md:11: the id "route" is already used at modules/01-intro.md:4: every id in a course must be different',
      'modules/02-route.md:17: unknown setting "txt" in a step of this process: did you mean "text"?',
    ]);
    const none = load(GOOD.replace("    text: In writing.\n", ""));
    expect(none.block).toBeUndefined();
    expect(none.problems).toEqual([expect.stringMatching(/^modules\/02-route\.md:16: .*"text"/)]);
  });
});

describe("the steps block at build time", () => {
  const block = load(GOOD).block as StepsBlock;

  it("keeps every title in the outline and leaves the text for the page", () => {
    const outline = stepsBuild.outline(block);
    expect(outline.steps.map((s) => s.title)).toEqual(block.steps.map((s) => s.title));
    expect(outline.steps.every((s) => s.html === "")).toBe(true);
    expect(outline.id).toBe("route");
  });

  it("counts every step as read, and shows every step in the no-script baseline", () => {
    // "The route" 2, titles 3 + 2 + 2, texts 6 + 2 + 3.
    expect(stepsBuild.reading(block)).toEqual({ words: 20 });
    const baseline = stepsBuild.baselineHtml(block);
    expect(baseline.match(/<li>/g)).toHaveLength(3);
    expect(baseline).toContain("<h4>The partnership</h4><p>The last stage.</p>");
  });
});
