/**
 * The mistakes board staff made that used to pass without a word, or with a message that sent
 * them to the wrong file: each is now reported at its line with the fix. And the check's own
 * output agrees with itself (one reading-time figure, counts as the warnings name them).
 */
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Question } from "../../src/blocks/question/model.js";
import { checkReport, warningsFor } from "../../src/compiler/authoring/check-report.js";
import {
  guessabilityWarnings,
  type LocatedQuestion,
} from "../../src/compiler/course/checks/guessability.js";
import { checkCourse } from "../../src/compiler/course/loader.js";
import { formatProblem } from "../../src/loading/problems.js";
import { courseCopy, problemsIn, TINY_COURSE } from "../helpers/course-folder.js";

const EVERY_BLOCK = "tests/fixtures/every-block";
const START = "modules/01-start.md";
const QUIZ = "modules/02-quiz.md";

const made: string[] = [];
function copy(source: string, edits: Record<string, (t: string) => string>): string {
  const dir = courseCopy(source, edits);
  made.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("mistakes that used to pass silently", () => {
  it("refuses two module files with the same number, naming both", () => {
    const dir = copy(TINY_COURSE, {});
    writeFileSync(
      join(dir, "modules/02-more.md"),
      "---\nid: more\ntitle: More\nthemes: [basics]\n---\nMore text.\n",
    );
    expect(problemsIn(dir)).toEqual([
      `modules/02-quiz.md:1: this file and "02-more.md" both start with 02, so which comes first is left to the rest of their names: give each module its own number, in the order learners should meet them (renaming a module file keeps learners' progress: it is kept by the id in its settings)`,
    ]);
  });

  it("blames a block that is never closed, at its first line, and not the glossary it swallowed", () => {
    const dir = copy(EVERY_BLOCK, {
      "modules/04-close.md": (t) =>
        t.replace("    max_length: 300\n```\n", "    max_length: 300\n"),
    });
    expect(problemsIn(dir)).toEqual([
      'modules/04-close.md:8: the block "```reflection" that starts here is not closed before "```results" on line 14, so it swallows that block: add a line with just ``` above line 14',
    ]);
  });

  it("blames a block left open at the end of a module at its first line", () => {
    const dir = copy(TINY_COURSE, {
      [START]: (t) => `${t}\n\`\`\`callout\ntone: key-point\ntitle: Note\ntext: Read this first.\n`,
    });
    expect(problemsIn(dir)).toEqual([
      'modules/01-start.md:12: the block "```callout" that starts here is never closed, so it swallows the rest of the module: add a line with just ``` after its last line',
    ]);
  });

  it("refuses a link with no text", () => {
    const dir = copy(TINY_COURSE, {
      [START]: (t) => t.replace("[link](https://example.org)", "[](https://example.org)"),
    });
    expect(problemsIn(dir)).toEqual([
      'modules/01-start.md:10: the link to "https://example.org" has no text, so there is nothing to press and a screen reader reads out only the address: write what it opens between the [ ], like [the escalation policy](https://example.org)',
    ]);
  });

  it("refuses a single-# heading in a module, which would rank with the module title", () => {
    const dir = copy(TINY_COURSE, { [START]: (t) => t.replace("## A heading", "# A heading") });
    expect(problemsIn(dir)).toEqual([
      `modules/01-start.md:8: a heading with a single "#" would have the same rank as the module title, which is the page's one "#" heading: write "## " for a section, "### " for a part of one`,
    ]);
  });

  it("refuses a heading that skips a level, and accepts each level in turn", () => {
    const skip = copy(TINY_COURSE, {
      [START]: (t) => t.replace("## A heading", "## A heading\n\n#### Too deep"),
    });
    expect(problemsIn(skip)).toEqual([
      'modules/01-start.md:10: this "####" heading skips a level (it comes under a "##" heading), so screen reader users moving by headings think a part is missing: write "### " here',
    ]);
    const steps = copy(TINY_COURSE, {
      [START]: (t) =>
        t.replace("## A heading", "## A heading\n\n### Part\n\n#### Detail\n\n## Next"),
    });
    expect(problemsIn(steps)).toEqual([]);
  });

  it('says to take the "%" out of a pass mark', () => {
    const dir = copy(TINY_COURSE, {
      "course.yaml": (t) => t.replace("pass_mark: 50", "pass_mark: 50%"),
    });
    expect(problemsIn(dir)).toEqual([
      'course.yaml:8: "pass_mark" should be a number: write 50, without the "%"',
    ]);
  });

  it("lists the scenes there are when a case starts at one that is not", () => {
    const dir = copy(EVERY_BLOCK, {
      "modules/03-case.md": (t) =>
        t.replace("theme: sharing\nscenes:", "theme: sharing\nstart: mondya\nscenes:"),
    });
    expect(problemsIn(dir)).toEqual([
      'modules/03-case.md:13: "start" names the scene "mondya", but there is none: did you mean "monday"? (the scenes in this case are monday, wait, referral, weak, strategy)',
    ]);
  });

  it("explains a line of settings that is not a setting in plain words, without the parser's", () => {
    const dir = copy(TINY_COURSE, {
      [QUIZ]: (t) =>
        t.replace(
          "question: What colour is a clear daytime sky?",
          "question: What colour is a clear daytime sky?\nOn a clear day.",
        ),
    });
    expect(problemsIn(dir)).toEqual([
      'modules/02-quiz.md:13: this line is not a "setting: value" line: give it its setting name and a colon, or, if it carries on the text above, indent it under that text',
    ]);
  });
});

describe("warnings about links", () => {
  it("warns, at each line, of tracking parameters and link shorteners, and names the clean address", () => {
    const dir = copy(TINY_COURSE, {
      [START]: (t) =>
        `${t}\nSee [the guidance](https://example.org/guide?utm_source=news&utm_medium=email&page=2).\n` +
        "Also [this](https://example.org/a?fbclid=xyz), [that](https://example.org/b?gclid=1#top)" +
        " and [the leaflet](https://bit.ly/3abc).\n",
    });
    const { course } = checkCourse(dir);
    expect(course).toBeDefined();
    if (!course) return;
    const links = warningsFor(course)
      .map((w) => formatProblem({ ...w, file: w.file.replace(`${dir}/`, "") }))
      .filter((w) => !/estimated_minutes/.test(w));
    expect(links).toEqual([
      'modules/01-start.md:12: the link "https://example.org/guide?utm_source=news&utm_medium=email&page=2" carries tracking (utm_source, utm_medium), which reports each learner who opens it to whoever made the link: link to https://example.org/guide?page=2 instead',
      'modules/01-start.md:13: the link "https://example.org/a?fbclid=xyz" carries tracking (fbclid), which reports each learner who opens it to whoever made the link: link to https://example.org/a instead',
      'modules/01-start.md:13: the link "https://example.org/b?gclid=1#top" carries tracking (gclid), which reports each learner who opens it to whoever made the link: link to https://example.org/b#top instead',
      'modules/01-start.md:13: the link "https://bit.ly/3abc" goes through a link shortener (bit.ly), so learners cannot see where it leads and it stops working if the service closes: open it in a browser and link to the address it ends at',
    ]);
  });
});

describe("a check's output agrees with itself", () => {
  it("gives one figure for how long the course takes: the reading time", () => {
    // The tiny course claims 5 minutes and takes about 1: the warning names both, nothing else.
    const report = checkReport(TINY_COURSE);
    const minutes = report.out.filter(
      (l) => /\d+ minutes?\b/.test(l) && !/warning:/.test(l) && !/^Reading time/.test(l),
    );
    expect(minutes).toEqual([]);
    expect(report.out.filter((l) => /^Reading time: about 1 minute /.test(l))).toHaveLength(1);
  });

  it("counts questions with one right answer as the warning names them", () => {
    const q = (id: string, kind: Question["kind"]): LocatedQuestion => ({
      file: "modules/01.md",
      line: 1,
      question: {
        id,
        kind,
        theme: "t",
        scored: true,
        weighting: 1,
        stemHtml: "<p>?</p>",
        stemText: "?",
        shuffle: true,
        options: [
          { id: "a", html: "The longest option here, by far", correct: true, feedbackHtml: "" },
          { id: "b", html: "Short", correct: false, feedbackHtml: "" },
        ],
      },
    });
    const [w] = guessabilityWarnings([q("q1", "single"), q("q2", "single"), q("q3", "scenario")]);
    // Two single-answer questions and one scenario: three with one right answer.
    expect(w.message).toContain("as in 3 of 3 questions with one right answer (more than a third)");
  });

  it("does not list glossary.yaml as left out when its terms are in the package", () => {
    const report = checkReport(EVERY_BLOCK);
    expect(report.ok).toBe(true);
    expect(report.out.join("\n")).not.toMatch(/^\s+glossary\.yaml$/m);
  });
});
