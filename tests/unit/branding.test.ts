/**
 * Board branding in course.yaml: a brand colour is accepted only when text in it on white, and
 * white text on it, both reach 4.5:1; a logo must be a file in the course folder with alt text.
 * Each refusal names course.yaml and the line.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  brandColourProblem,
  contrastRatio,
  TEXT_CONTRAST,
} from "../../src/compiler/course/checks/branding.js";
import { checkCourse, loadCourse } from "../../src/compiler/course/loader.js";
import { formatProblem } from "../../src/loading/problems.js";

const TINY = "tests/fixtures/tiny-course";
const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>';

/** A copy of the tiny course with `branding` appended to course.yaml and `files` written. */
function brandedCourse(branding: string, files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "branded-"));
  cpSync(TINY, dir, { recursive: true });
  const yaml = join(dir, "course.yaml");
  writeFileSync(yaml, `${readFileSync(yaml, "utf8").trimEnd()}\nbranding:\n${branding}\n`);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

function problemsIn(dir: string): string[] {
  return checkCourse(dir).problems.map((p) =>
    formatProblem({ ...p, file: p.file.replace(`${dir}/`, "") }),
  );
}

/** The line of course.yaml on which `text` appears (1-based). */
function lineOf(dir: string, text: string): number {
  return (
    readFileSync(join(dir, "course.yaml"), "utf8")
      .split("\n")
      .findIndex((l) => l.includes(text)) + 1
  );
}

describe("contrast, as WCAG computes it", () => {
  it("black on white is 21:1 and a colour on itself is 1:1, in either order", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#ffffff", "#000")).toBeCloseTo(21, 5);
    expect(contrastRatio("#1d4f91", "#1d4f91")).toBe(1);
  });
  it("#767676 is the lightest grey that passes on white, #777777 the first that fails", () => {
    expect(contrastRatio("#767676", "#ffffff")).toBeGreaterThanOrEqual(TEXT_CONTRAST);
    expect(contrastRatio("#777777", "#ffffff")).toBeLessThan(TEXT_CONTRAST);
  });
});

describe("a brand colour", () => {
  it.each(["#1d4f91", "#005EA5", "#4b0082", "#a1261e", "#000", "#767676"])(
    "%s is dark enough for text on white and white text on it",
    (colour) => expect(brandColourProblem(colour)).toBeUndefined(),
  );
  it.each([
    ["#ffdd00", "yellow"],
    ["#00a0e0", "a light blue"],
    ["#777777", "a grey just too light"],
    ["#ffffff", "white"],
  ])("%s (%s) is refused, with its ratio and what to do", (colour) => {
    const why = brandColourProblem(colour);
    expect(why).toMatch(/contrast of \d+\.\d\d:1 with white/);
    expect(why).toContain("use a darker shade");
  });
  it.each(["1d4f91", "#12345", "navy", "#1d4f91ff"])("%s is not a hex colour and says so", (c) => {
    expect(brandColourProblem(c)).toContain("must be a hex colour");
  });
});

describe("branding in course.yaml", () => {
  it("a course without branding keeps the neutral look: no branding in the compiled course", () => {
    expect(loadCourse(TINY).course.branding).toBeUndefined();
  });

  it("a logo with alt text and a good colour are compiled, and the logo goes into the package", () => {
    const dir = brandedCourse(
      '  logo: board-logo.svg\n  logo_alt: "Anyshire Safeguarding Partnership"\n  colour: "#4B0082"',
      { "board-logo.svg": SVG },
    );
    const loaded = loadCourse(dir);
    expect(loaded.course.branding).toEqual({
      logo: { src: "board-logo.svg", alt: "Anyshire Safeguarding Partnership" },
      colour: "#4b0082",
    });
    expect(loaded.media).toContain("board-logo.svg");
  });

  it("refuses a colour that fails 4.5:1, at its line", () => {
    const dir = brandedCourse('  colour: "#FFDD00"');
    expect(problemsIn(dir)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^course\\.yaml:${lineOf(dir, "colour:")}: "colour" #FFDD00 has a contrast of 1\\.\\d\\d:1 with white`,
        ),
      ),
    ]);
  });

  it("refuses a logo file that is not in the course folder, at its line", () => {
    const dir = brandedCourse('  logo: media/missing.svg\n  logo_alt: "Board"');
    expect(problemsIn(dir)).toEqual([
      `course.yaml:${lineOf(dir, "logo:")}: the logo file "media/missing.svg" was not found in the course folder: check the name, or put the file in media/`,
    ]);
  });

  it("refuses a logo without alt text, at the logo's line", () => {
    const dir = brandedCourse("  logo: board-logo.svg", { "board-logo.svg": SVG });
    expect(problemsIn(dir)).toEqual([
      `course.yaml:${lineOf(dir, "logo:")}: the logo has no "logo_alt": add logo_alt with the words in the logo, for example the board's name`,
    ]);
  });

  it("refuses a logo on the web and a misspelt key, each at its line", () => {
    const dir = brandedCourse(
      '  logo: https://example.org/logo.svg\n  logo_alt: "Board"\n  color: "#1d4f91"',
    );
    const problems = problemsIn(dir);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain(
      `course.yaml:${lineOf(dir, "logo:")}: the logo "https://example.org/logo.svg" is on the web`,
    );
    expect(problems[1]).toMatch(
      new RegExp(`^course\\.yaml:${lineOf(dir, "color:")}: unknown setting "color"`),
    );
  });
});
