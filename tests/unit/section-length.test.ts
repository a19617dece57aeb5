/**
 * The checker's section-length rule: a section (between section or page breaks) longer than
 * SECTION_WORDS is a warning at its first line, counted as the reading time counts; a walked case
 * or an assessment, which no break can split, is left out of the count. And the fixture courses:
 * one too long, one within, and Family M with none.
 */
import { describe, expect, it } from "vitest";
import { checkReport } from "../../src/compiler/authoring/check-report.js";
import {
  SECTION_WORDS,
  sectionLengthWarnings,
  sectionLines,
  sectionWords,
} from "../../src/compiler/course/checks/section-length.js";
import { loadCourse } from "../../src/compiler/course/loader.js";
import type { Block } from "../../src/course/model.js";

/** A paragraph of `n` words. */
const words = (n: number) => `<p>${Array.from({ length: n }, () => "word").join(" ")}</p>`;
const prose = (n: number): Block => ({ kind: "html", html: words(n) });
const module = (title: string, blocks: Block[]) => ({ title, blocks });
const source = (body: string) => `---\nid: m\ntitle: M\n---\n${body}`;

describe("the words of each section", () => {
  it("a page without breaks is one section, the module's title counted with it", () => {
    expect(sectionWords(module("Two words", [prose(100), prose(50)]))).toEqual([152]);
  });

  it("section and page breaks both start a new section", () => {
    expect(
      sectionWords(
        module("T", [prose(10), { kind: "continue" }, prose(20), { kind: "page" }, prose(30)]),
      ),
    ).toEqual([11, 20, 30]);
  });

  it("a section made of blocks counts each block's words as the reading time does", () => {
    const blocks: Block[] = [
      { kind: "callout", tone: "key-point", title: "Two words", html: words(40) },
      { kind: "reveal", summary: "Three more words", html: words(60) },
    ];
    expect(sectionWords(module("T", blocks))).toEqual([1 + 42 + 63]);
  });

  it("leaves out a block that asks several things in a row (no break can split it)", () => {
    const fixture = loadCourse("tests/fixtures/every-block").course;
    const withCase = fixture.modules.find((m) => m.blocks.some((b) => b.kind === "branching"));
    const caseBlock = withCase?.blocks.find((b) => b.kind === "branching");
    if (!caseBlock) throw new Error("the every-block fixture has no walked case");
    expect(sectionWords(module("T", [prose(10), caseBlock]))).toEqual([11]);
  });
});

describe("the warning", () => {
  const at = (blocks: Block[], body: string) =>
    sectionLengthWarnings([
      { file: "modules/01-a.md", text: source(body), module: module("T", blocks) },
    ]);

  it("says nothing of a section exactly at the limit, and warns one word over it", () => {
    expect(at([prose(SECTION_WORDS - 1)], "text\n")).toEqual([]);
    const over = at([prose(SECTION_WORDS)], "text\n");
    expect(over).toHaveLength(1);
    expect(over[0].message).toMatch(
      new RegExp(
        `^this section is about ${SECTION_WORDS + 1} words, more than the ${SECTION_WORDS} that fit`,
      ),
    );
    expect(over[0].message).toMatch(/add a ```continue break \(or a page break\)/);
  });

  it("points at the first line of the section: the body's first text, or its break's fence", () => {
    const body =
      "\nFirst text.\n\n```continue\n```\n\nMore.\n\n```page\ntitle: Two\n```\n\nLast.\n";
    // The body starts on line 5 (after four lines of settings); its first text is on line 6.
    expect(sectionLines(source(body))).toEqual([6, 8, 13]);
    const warnings = at(
      [prose(10), { kind: "continue" }, prose(400), { kind: "page", title: "Two" }, prose(400)],
      body,
    );
    expect(warnings.map((w) => `${w.file}:${w.line}`)).toEqual([
      "modules/01-a.md:8",
      "modules/01-a.md:13",
    ]);
  });

  it("does not take a break inside another block's text for one", () => {
    const body = "Text.\n\n````markdown\n```continue\n```\n````\n";
    expect(sectionLines(source(body))).toEqual([5]);
  });
});

describe("npm run check", () => {
  const sectionWarnings = (dir: string) =>
    checkReport(dir).out.filter((l) => /warning: this section is about/.test(l));

  it("warns about the fixture's too-long section at its line, and not about the one within", () => {
    expect(sectionWarnings("tests/fixtures/section-length")).toEqual([
      `tests/fixtures/section-length/modules/01-long.md:6: warning: this section is about 362 words, more than the ${SECTION_WORDS} that fit two phone screens (or one and a half at 1280×800): add a \`\`\`continue break (or a page break) where the text turns to something new, so learners read it a screen at a time`,
    ]);
  });

  it("gives Family M no warning at all", () => {
    const report = checkReport("course");
    expect(report.ok).toBe(true);
    expect(report.out.filter((l) => /warning:/.test(l))).toEqual([]);
  });
});
