/**
 * The glossary: terms marked [[like this]] become elements that open their definition, and the
 * checker holds marked and defined terms to each other, naming the file and line.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkCourse, loadCourse } from "../../src/compiler/course/loader.js";
import { plainText, renderBlock } from "../../src/loading/markdown.js";
import { markTerms, termId, termUses } from "../../src/loading/marking.js";
import { formatProblem } from "../../src/loading/problems.js";

const FIXTURE = "tests/fixtures/every-block";

function copy(edit: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), "glossary-"));
  cpSync(FIXTURE, dir, { recursive: true });
  edit(dir);
  return dir;
}

function rewrite(dir: string, file: string, from: string, to: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, "utf8");
  if (!text.includes(from)) throw new Error(`"${from}" is not in ${file}`);
  writeFileSync(path, text.replace(from, to));
}

function problemsIn(dir: string): string[] {
  return checkCourse(dir).problems.map((p) =>
    formatProblem({ ...p, file: p.file.replace(`${dir}/`, "") }),
  );
}

describe("marking terms", () => {
  it("names a term by its words, whatever their case and punctuation", () => {
    expect(termId("Child in Need")).toBe("child-in-need");
    expect(termId("  front door! ")).toBe("front-door");
  });

  it("turns a mark into the term element, showing other words when the author gives them", () => {
    expect(renderBlock("Sam is a [[child in need]].")).toBe(
      '<p>Sam is a <glossary-term term="child-in-need">child in need</glossary-term>.</p>',
    );
    expect(markTerms("[[children in need|child in need]]")).toBe(
      '<glossary-term term="child-in-need">children in need</glossary-term>',
    );
    expect(plainText("Sam is a [[child in need]].")).toBe("Sam is a child in need.");
  });

  it("keeps markup out of a term's words", () => {
    expect(renderBlock("[[<img src=x onerror=alert(1)>|child in need]]")).not.toContain("<img");
  });

  it("finds every mark with its line", () => {
    expect(termUses("one [[a b]] and [[c|d]]\n\n[[E]]", 10)).toEqual([
      { id: "a-b", words: "a b", line: 10 },
      { id: "d", words: "d", line: 10 },
      { id: "e", words: "E", line: 12 },
    ]);
  });

  it("compiles the fixture's terms into the course, and marked text into elements", () => {
    const course = loadCourse(FIXTURE).course;
    expect(course.glossary?.map((t) => t.id)).toEqual(["strategy-discussion", "child-in-need"]);
    const welcome = course.modules[0].blocks[0];
    expect(welcome.kind === "html" && welcome.html).toContain(
      '<glossary-term term="child-in-need">child in need</glossary-term>',
    );
  });

  it("leaves a course without a glossary as it was", () => {
    expect("glossary" in loadCourse("tests/fixtures/tiny-course").course).toBe(false);
  });
});

describe("the checker on the glossary", () => {
  it("reports a term marked in the text but not defined, at its line", () => {
    const dir = copy((d) =>
      rewrite(
        d,
        "modules/01-welcome.md",
        "[[child in need]]",
        "[[child in need]] and a [[front door]]",
      ),
    );
    expect(problemsIn(dir)).toEqual([
      'modules/01-welcome.md:6: the term "front door" is marked with [[ ]] but glossary.yaml does not define it: add it there, or remove the brackets',
    ]);
  });

  it("reports a term defined but never used, at its line in glossary.yaml", () => {
    const dir = copy((d) =>
      rewrite(d, "modules/03-case.md", "[[strategy discussion]]", "strategy discussion"),
    );
    expect(problemsIn(dir)).toEqual([
      'glossary.yaml:3: the term "strategy discussion" is defined but never used: mark it in the text as [[strategy discussion]], or remove it',
    ]);
  });

  it("reports a term defined twice, and terms with no glossary page", () => {
    const twice = copy((d) =>
      rewrite(
        d,
        "glossary.yaml",
        "  - term: child in need",
        "  - term: Child in need\n    definition: Again.\n  - term: child in need",
      ),
    );
    expect(problemsIn(twice)).toEqual([
      'glossary.yaml:7: the term "child in need" is already defined on line 5: define each term once',
    ]);
    const noPage = copy((d) => rewrite(d, "modules/04-close.md", "```glossary\n```\n", ""));
    expect(problemsIn(noPage)).toEqual([
      "glossary.yaml:1: the course defines terms but no module lists them: add a ```glossary block (usually to the last module)",
    ]);
  });

  it("reports every marked term when there is no glossary.yaml at all", () => {
    const dir = copy((d) => rmSync(join(d, "glossary.yaml")));
    expect(problemsIn(dir)).toEqual([
      'modules/01-welcome.md:6: the term "child in need" is marked with [[ ]] but glossary.yaml does not define it: add it there, or remove the brackets',
      'modules/03-case.md:48: the term "strategy discussion" is marked with [[ ]] but glossary.yaml does not define it: add it there, or remove the brackets',
    ]);
  });
});
