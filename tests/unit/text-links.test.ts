/**
 * Warnings about how a module's text names other modules: a name written twice in a row
 * ("Lesson 3Lesson 3", as Family M 1.1.0's walked case showed), and "See Lesson 3" in plain text
 * where a link would take learners there. Fixture courses are copies of the tiny course with a
 * lesson added.
 */

import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { warningsFor } from "../../src/compiler/authoring/check-report.js";
import { checkCourse } from "../../src/compiler/course/loader.js";
import { formatProblem } from "../../src/loading/problems.js";
import { courseCopy, TINY_COURSE } from "../helpers/course-folder.js";

const START = "modules/01-start.md";
const LESSON = "03-lesson-3-respectful-uncertainty.md";
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** The tiny course with "Lesson 3: …" added and `text` appended to its first module. */
function withText(text: string): string[] {
  const dir = courseCopy(TINY_COURSE, { [START]: (t) => `${t}\n${text}\n` });
  dirs.push(dir);
  writeFileSync(
    join(dir, "modules", LESSON),
    '---\nid: lesson-3\ntitle: "Lesson 3: Respectful uncertainty and healthy scepticism"\nthemes: [basics]\n---\nChecking what parents say.\n\n## What checking means\n\nText.\n',
  );
  const { course, problems } = checkCourse(dir);
  expect(problems).toEqual([]);
  if (!course) return [];
  return warningsFor(course)
    .map((w) => formatProblem({ ...w, file: w.file.replace(`${dir}/`, "") }))
    .filter((w) => /twice in a row|is plain text/.test(w));
}

/** The line the appended text starts on: the tiny course's first module has 10 lines and a blank. */
const FIRST = 12;

describe("a module's name or a link's words written twice in a row", () => {
  it('warns at the line of "Lesson 3[Lesson 3](…)", which shows as "Lesson 3Lesson 3"', () => {
    expect(
      withText(`Read on.\nSee [A short quiz](02-quiz.md) and Lesson 3[Lesson 3](${LESSON}).`),
    ).toEqual([
      `modules/01-start.md:${FIRST + 1}: "Lesson 3" is written twice in a row here, so learners read "Lesson 3Lesson 3": if a link follows the name, take out the words before it (write "and [Lesson 3](…)", not "and Lesson 3[Lesson 3](…)")`,
    ]);
  });

  it("warns of a name written twice with a space or a line break between, and of a link's words", () => {
    const lines = withText(
      `Lesson 3 Lesson 3 is next.\nSee A short quiz\n[A short quiz](02-quiz.md).\nThe [escalation route](https://example.org) escalation route.`,
    );
    expect(lines.map((l) => l.split(" is written")[0])).toEqual([
      `modules/01-start.md:${FIRST}: "Lesson 3"`,
      `modules/01-start.md:${FIRST + 1}: "A short quiz"`,
      `modules/01-start.md:${FIRST + 3}: "escalation route"`,
    ]);
  });

  it("says nothing of a name written once, of a link with a section, or of Lesson 3 and Lesson 30", () => {
    expect(
      withText(
        `See [Lesson 3](${LESSON}) and [Lesson 3, "What checking means"](${LESSON}#what-checking-means).\nLesson 3 Lesson 30 is not a module.`,
      ),
    ).toEqual([]);
  });
});

describe("a pointer to a module written as plain text", () => {
  it('warns at "See Lesson 3" and gives the link with the module\'s file name', () => {
    expect(withText("Text.\nSee Lesson 3 for more.")).toEqual([
      `modules/01-start.md:${FIRST + 1}: "See Lesson 3" is plain text, so learners cannot go to ${LESSON} from here: write it as a link, like See [Lesson 3](${LESSON}) (add # and a heading's anchor after .md to open one of its sections)`,
    ]);
  });

  it('warns at "see the lesson on …" and "See <a module\'s title>", across a line break', () => {
    const lines = withText(
      'You could see the lesson on respectful\nuncertainty.\nSee "A short quiz" too, and see also Lesson 3: Respectful uncertainty and healthy scepticism.',
    );
    expect(lines.map((l) => l.split(" is plain text, so learners cannot go to ")[0])).toEqual([
      `modules/01-start.md:${FIRST}: "see the lesson on respectful uncertainty"`,
      `modules/01-start.md:${FIRST + 2}: "See A short quiz"`,
      `modules/01-start.md:${FIRST + 2}: "see also Lesson 3"`,
    ]);
    expect(lines[1]).toContain("like See [A short quiz](02-quiz.md)");
  });

  it("says nothing inside a link's brackets, of a lesson the course does not have, or of other words after see", () => {
    expect(
      withText(
        `[See Lesson 3](${LESSON}) and see [Lesson 3](${LESSON}).\nSee Lesson 4. See the lesson on knitting. See the guidance. You will see a short quiz.`,
      ),
    ).toEqual([]);
  });
});
