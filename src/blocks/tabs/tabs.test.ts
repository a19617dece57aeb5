/**
 * The tabs block's own tests: what its loader accepts and refuses (file:line, in words an author
 * can act on), what it costs and shows without script, and its keyboard rule (the ARIA tabs
 * pattern: arrows wrap round, Home and End go to the ends, other keys do nothing).
 */
import { describe, expect, it } from "vitest";
import { blockContext, loadAtLine10 } from "../../loading/test-context.js";
import { tabs as tabsKind } from "./build.js";
import { loadTabs, MAX_LABEL, MAX_TABS } from "./load.js";
import { tabAfterKey } from "./rules.js";

const context = () => blockContext("modules/01-tabs.md", ["sharing"]);

const load = (yaml: string, ctx = context()) => loadAtLine10(loadTabs, yaml, ctx);

const tab = (label: string, text = "Some text.") => `  - label: ${label}\n    text: ${text}\n`;

const GOOD = `id: four
title: The four preconditions
tabs:
${tab("1. Motivation", "A person must be **motivated**.")}${tab("2. Internal inhibitors")}`;

describe("the tabs block's loader", () => {
  it("reads the id, title and each tab's label and text, with the text's Markdown rendered", () => {
    const { block, problems } = load(GOOD);
    expect(problems).toEqual([]);
    expect(block).toEqual({
      kind: "tabs",
      id: "four",
      title: "The four preconditions",
      tabs: [
        { label: "1. Motivation", html: "<p>A person must be <strong>motivated</strong>.</p>" },
        { label: "2. Internal inhibitors", html: "<p>Some text.</p>" },
      ],
    });
  });

  it("takes no title", () => {
    const { block, problems } = load(GOOD.replace("title: The four preconditions\n", ""));
    expect(problems).toEqual([]);
    expect(block?.title).toBeUndefined();
  });

  it("refuses one tab, naming the line of the list and the limits", () => {
    const one = `id: four\ntabs:\n${tab("Only")}`;
    const { block, problems } = load(one);
    expect(block).toBeUndefined();
    expect(problems).toEqual([
      `modules/01-tabs.md:12: a tabs block has 2 to ${MAX_TABS} tabs; this one has 1`,
    ]);
  });

  it("refuses more than six tabs", () => {
    const seven = `id: four\ntabs:\n${[1, 2, 3, 4, 5, 6, 7].map((n) => tab(`Tab ${n}`)).join("")}`;
    const { block, problems } = load(seven);
    expect(block).toBeUndefined();
    expect(problems).toEqual([
      "modules/01-tabs.md:12: a tabs block has 2 to 6 tabs; this one has 7",
    ]);
  });

  it("refuses a label longer than 40 characters, at its line", () => {
    const long = "A label far too long to sit in a row of tabs";
    expect(long.length).toBeGreaterThan(MAX_LABEL);
    const { block, problems } = load(`id: four\ntabs:\n${tab("Short")}${tab(long)}`);
    expect(block).toBeUndefined();
    expect(problems).toEqual([
      `modules/01-tabs.md:15: the tab label "${long}" is ${long.length} characters: keep it to 40 or fewer and put the rest in its text`,
    ]);
  });

  it("refuses two tabs with the same label, naming both lines", () => {
    const { block, problems } = load(`id: four\ntabs:\n${tab("Motivation")}${tab("motivation")}`);
    expect(block).toBeUndefined();
    expect(problems).toEqual([
      'modules/01-tabs.md:15: the tab label "motivation" is already used on line 13: each tab needs a label of its own',
    ]);
  });

  it("says which tab has no text, and which setting is misspelt", () => {
    const yaml = `id: four\ntabs:\n  - label: One\n  - label: Two\n    txt: Words.\n`;
    const { block, problems } = load(yaml);
    expect(block).toBeUndefined();
    expect(problems).toEqual([
      'modules/01-tabs.md:13: "text" is missing from this tab',
      'modules/01-tabs.md:15: unknown setting "txt" in this tab: did you mean "text"?',
    ]);
  });

  it("needs an id of the course's shape, unused elsewhere in the course", () => {
    expect(load(GOOD.replace("id: four", "id: Four Tabs")).problems).toEqual([
      'modules/01-tabs.md:11: the tabs id "Four Tabs" should start with a lowercase letter and use only lowercase letters, digits and hyphens (at most 48 characters)',
    ]);
    const ctx = context();
    load(GOOD, ctx);
    const again = load(GOOD, ctx);
    expect(again.block).toBeUndefined();
    expect(again.problems.at(-1)).toBe(
      'modules/01-tabs.md:11: the id "four" is already used at modules/01-tabs.md:11: every id in a course must be different',
    );
  });

  it("refuses tabs that are not a list", () => {
    const { block, problems } = load("id: four\ntabs: Motivation\n");
    expect(block).toBeUndefined();
    expect(problems).toEqual([
      'modules/01-tabs.md:12: "tabs" should be a list (lines starting with -)',
    ]);
  });
});

describe("the tabs block at build time", () => {
  const block = load(GOOD).block;
  if (!block) throw new Error("the good block did not load");

  it("counts every panel's words as read, shown or not", () => {
    // Title 3, labels 2 + 3, texts 5 + 2.
    expect(tabsKind.reading(block)).toEqual({ words: 15 });
  });

  it("keeps the labels in the outline and leaves the panels to the page", () => {
    expect(tabsKind.outline(block).tabs).toEqual([
      { label: "1. Motivation", html: "" },
      { label: "2. Internal inhibitors", html: "" },
    ]);
  });

  it("shows every panel under its label without script", () => {
    const baseline = tabsKind.baselineHtml(block);
    expect(baseline).toContain("<h3>The four preconditions</h3>");
    expect(baseline).toContain(
      "<p><strong>1. Motivation</strong></p><p>A person must be <strong>motivated</strong>.</p>",
    );
    expect(baseline).toContain("<p><strong>2. Internal inhibitors</strong></p><p>Some text.</p>");
  });
});

describe("the tabs' keyboard", () => {
  it("moves to the next tab with Right or Down, wrapping from the last to the first", () => {
    expect(tabAfterKey("ArrowRight", 0, 4)).toBe(1);
    expect(tabAfterKey("ArrowDown", 2, 4)).toBe(3);
    expect(tabAfterKey("ArrowRight", 3, 4)).toBe(0);
  });

  it("moves to the previous tab with Left or Up, wrapping from the first to the last", () => {
    expect(tabAfterKey("ArrowLeft", 2, 4)).toBe(1);
    expect(tabAfterKey("ArrowUp", 1, 4)).toBe(0);
    expect(tabAfterKey("ArrowLeft", 0, 4)).toBe(3);
  });

  it("goes to the first with Home and the last with End", () => {
    expect(tabAfterKey("Home", 2, 4)).toBe(0);
    expect(tabAfterKey("End", 0, 4)).toBe(3);
  });

  it("leaves other keys (Tab, Enter, letters) to the browser", () => {
    for (const key of ["Tab", "Enter", " ", "a", "PageDown"]) {
      expect(tabAfterKey(key, 1, 4)).toBeUndefined();
    }
  });
});
