/** The live preview's problem page names files inside the course folder, never by absolute path. */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import {
  GUIDE_POINTER,
  guideSectionOf,
  headingAnchor,
  previewProblemLines,
} from "../../src/compiler/authoring/preview-problems.js";

describe("the live preview's problem lines", () => {
  it("name each file inside its course folder, then point to the guide", () => {
    const dir = "/srv/courses/baby-t";
    const lines = previewProblemLines(
      [
        { file: join(dir, "course.yaml"), line: 8, message: "fix this" },
        { file: join(dir, "modules/02-x.md"), line: 3, message: "and this" },
      ],
      dir,
    );
    expect(lines).toEqual([
      "baby-t/course.yaml:8: fix this",
      "baby-t/modules/02-x.md:3: and this",
      "",
      GUIDE_POINTER,
    ]);
  });

  it("accept paths relative to the current folder, as the checker gives them", () => {
    const lines = previewProblemLines(
      [{ file: "course/course.yaml", line: 1, message: "m" }],
      resolve("course"),
    );
    expect(lines[0]).toBe("course/course.yaml:1: m");
  });
});

describe("the guide section each preview problem links to", () => {
  const at = (file: string, message: string) => guideSectionOf({ file, line: 1, message });

  it("names the section that explains the problem", () => {
    expect(at("course/course.yaml", 'unknown setting "pas_mark": did you mean "pass_mark"?')).toBe(
      "course-settings-courseyaml",
    );
    expect(at("course/modules/02-x.md", "this file is not saved as UTF-8")).toBe(
      "what-the-checkers-messages-mean",
    );
    expect(at("course/modules/02-x.md", "the option text is 412 characters; at most 300")).toBe(
      "how-long-texts-can-be",
    );
    expect(at("course/modules/02-x.md", "raw HTML <b> is not allowed")).toBe(
      "writing-the-text-of-a-module",
    );
    expect(at("course/glossary.yaml", "a term is defined twice")).toBe("the-glossary");
    expect(at("course/course.yaml", '"phone" is "ring us", but it must be a phone number …')).toBe(
      "your-local-arrangements",
    );
    expect(
      at("course/modules/05-x.md", "{{local.frontdoor}} names no course setting: did you mean …"),
    ).toBe("your-local-arrangements");
  });

  it("links only to headings the guide has", () => {
    const guide = readFileSync("course/README.md", "utf8");
    const anchors = new Set(
      [...guide.matchAll(/^#{1,4} (.+)$/gm)].map((m) => headingAnchor(m[1].replace(/`/g, ""))),
    );
    const samples = [
      ["course/course.yaml", "x"],
      ["course/glossary.yaml", "x"],
      ["course/modules/a.md", "x"],
      ["x", "not saved as UTF-8"],
      ["x", "too long: at most 300 characters"],
      ["x", "curly quotes"],
      ["x", "a version lower than the CHANGELOG"],
      ["x", "an empty page"],
      ["x", "[[term]] not defined in the glossary"],
      ["x", "a branching scene no path reaches"],
      ["x", "the id is used twice"],
      ["x", "a question has no correct option"],
      ["x", "saved progress would be 5000 of 4096"],
      ["x", "something else"],
      ["x", '"link" is "http://a", but it must start with https://'],
    ];
    for (const [file, message] of samples) {
      expect(anchors, `${file}: ${message}`).toContain(at(file, message));
    }
  });
});
