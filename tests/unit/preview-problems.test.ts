/** The live preview's problem page names files inside the course folder, never by absolute path. */
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { GUIDE_POINTER, previewProblemLines } from "../../scripts/preview-problems.js";

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
