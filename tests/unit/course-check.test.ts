/**
 * The course checker, as board staff meet it: each broken course folder gives one exact,
 * located message in words an author can act on.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileCourse } from "../../src/compiler/player-build/course-plugin.js";
import { courseCopy, problemsIn, TINY_COURSE } from "../helpers/course-folder.js";

const TINY = TINY_COURSE;

/** A copy of the tiny course with one file rewritten by `edit`. */
function brokenCourse(file: string, edit: (text: string) => string): string {
  return courseCopy(TINY, { [file]: edit });
}

const QUIZ = "modules/02-quiz.md";

describe("the course checker", () => {
  it("accepts the real course and the tiny course", () => {
    expect(problemsIn("course")).toEqual([]);
    expect(problemsIn(TINY)).toEqual([]);
  });

  const cases: Array<[string, string, (t: string) => string, string]> = [
    [
      "a misspelt course setting, suggesting the right one",
      "course.yaml",
      (t) => t.replace("publisher:", "publsher:"),
      'course.yaml:10: unknown setting "publsher" in course.yaml: did you mean "publisher"?',
    ],
    [
      "a misspelt key, naming the key it meant",
      "course.yaml",
      (t) => t.replace("review_date:", "reveiw_date:"),
      'course.yaml:13: unknown setting "reveiw_date" in course.yaml: did you mean "review_date"?',
    ],
    [
      "a pass mark out of range",
      "course.yaml",
      (t) => t.replace("pass_mark: 50", "pass_mark: 101"),
      'course.yaml:8: "pass_mark" is 101, but it must be between 0 and 100',
    ],
    [
      "a version that is not numbers and dots",
      "course.yaml",
      (t) => t.replace("version: 1.0.0", "version: first"),
      'course.yaml:4: "version" is "first", but it must be numbers separated by dots, like 1.0.0',
    ],
    [
      "a misspelt module setting",
      QUIZ,
      (t) => t.replace("themes: [basics]", "theme: [basics]"),
      'modules/02-quiz.md:4: unknown setting "theme" in the module settings: did you mean "themes"?',
    ],
    [
      "a question with no correct option",
      QUIZ,
      (t) => t.replace("    correct: true\n", ""),
      'modules/02-quiz.md:9: question "q-sky" has no correct option: mark one with "correct: true"',
    ],
    [
      "a single-answer question with two correct options",
      QUIZ,
      (t) => t.replace("    text: Green\n", "    text: Green\n    correct: true\n"),
      'modules/02-quiz.md:9: question "q-sky" is a single-answer question but has 2 correct options: mark just one correct, or make it "type: multiple"',
    ],
    [
      "an option without feedback",
      QUIZ,
      (t) => t.replace("    feedback: Not usually. It is blue on a clear day.\n", ""),
      'modules/02-quiz.md:18: option "b" has no feedback: say why it is or is not right',
    ],
    [
      "a theme not declared in course.yaml",
      QUIZ,
      (t) => t.replace("theme: basics", "theme: colours"),
      'modules/02-quiz.md:11: the theme "colours" is not declared in course.yaml (declared themes: basics)',
    ],
    [
      "a duplicate id anywhere in the course",
      QUIZ,
      (t) => t.replace("id: q-sky", "id: start"),
      'modules/02-quiz.md:9: the id "start" is already used at {dir}/modules/01-start.md:2: every id in a course must be different',
    ],
    [
      "a missing image",
      "modules/01-start.md",
      (t) => `${t}\n![A diagram of the process](media/process.png)\n`,
      'modules/01-start.md:12: the image "media/process.png" was not found in the course folder',
    ],
    [
      "an empty module",
      "modules/01-start.md",
      (t) => t.slice(0, t.indexOf("---", 4) + 4),
      "modules/01-start.md:5: this module is empty: write some content below the settings",
    ],
    [
      "text with a colon that YAML cannot read",
      QUIZ,
      (t) =>
        t.replace(
          "question: What colour is a clear daytime sky?",
          "question: Note: what colour\n  is: it",
        ),
      "modules/02-quiz.md:12: this line has a second colon, so it reads as a setting inside a setting: put the text in double quotes",
    ],
    [
      "a scenario option with no consequence",
      QUIZ,
      (t) => t.replace("type: single", "type: scenario"),
      'modules/02-quiz.md:14: option "a" has no consequence: a scenario question says what happens next after each choice',
    ],
    [
      "an option id longer than one character",
      QUIZ,
      (t) => t.replace("  - id: b", "  - id: b2"),
      'modules/02-quiz.md:18: the option id "b2" should be one lowercase letter or digit, like a',
    ],
    [
      "an unknown block type",
      "modules/01-start.md",
      (t) => `${t}\n\`\`\`quiz\nid: x\n\`\`\`\n`,
      'modules/01-start.md:12: unknown block "```quiz" The blocks a course can use are question, timeline, reflection, results, branching, callout, reveal, figure, glossary, page, ordering, assessment, steps, tabs, sort, modules, continue',
    ],
    [
      "a misnamed block, which would otherwise drop out of the course",
      "modules/02-quiz.md",
      (t) => t.replace("```question", "```Question"),
      'modules/02-quiz.md:8: unknown block "```Question": did you mean "question"? The blocks a course can use are question, timeline, reflection, results, branching, callout, reveal, figure, glossary, page, ordering, assessment, steps, tabs, sort, modules, continue',
    ],
    [
      "a theme no question belongs to",
      "course.yaml",
      (t) => `${t}  - id: unused\n    title: Unused\n    objective: Nothing.\n`,
      'course.yaml:20: the theme "unused" has no questions: give it at least one, or remove it (each theme is reported to the LMS as an objective)',
    ],
    [
      "a new version with no changelog entry",
      "course.yaml",
      (t) => t.replace("version: 1.0.0", "version: 1.1.0"),
      'CHANGELOG.md:1: version 1.1.0 has no entry: add a "## 1.1.0" heading at the top saying what changed, then build again',
    ],
  ];

  /** Cases where one slip rightly gives more than one message. */
  const more: Record<string, string[]> = {
    "a scenario option with no consequence": [
      'modules/02-quiz.md:18: option "b" has no consequence: a scenario question says what happens next after each choice',
    ],
  };

  for (const [what, file, edit, message] of cases) {
    it(`reports ${what} at its line`, () => {
      const dir = brokenCourse(file, edit);
      try {
        expect(problemsIn(dir)).toEqual([message.replace("{dir}", dir)].concat(more[what] ?? []));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }

  it("reports an image with no description", () => {
    const dir = brokenCourse("modules/01-start.md", (t) => `${t}\n![](media/diagram.png)\n`);
    mkdirSync(join(dir, "media"));
    writeFileSync(join(dir, "media/diagram.png"), "png");
    expect(problemsIn(dir)).toEqual([
      'modules/01-start.md:12: the image "media/diagram.png" has no description: write what it shows between the [ ]',
    ]);
  });

  it("refuses a course whose worst-case saved progress cannot fit SCORM 1.2's 4096 characters", () => {
    const prompts = Array.from(
      { length: 5 },
      (_, i) => `  - id: r${i}\n    prompt: Prompt ${i}\n    max_length: 1000\n`,
    ).join("");
    const dir = brokenCourse(
      "modules/02-quiz.md",
      (t) => `${t}\n\`\`\`reflection\nprompts:\n${prompts}\`\`\`\n`,
    );
    const { problems } = compileCourse(dir);
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(
        /saved progress could reach \d+ characters, more than the 4096 every LMS accepts/,
      ),
    ]);
  });

  it("lists every problem, not just the first, in file and line order", () => {
    const dir = brokenCourse(QUIZ, (t) =>
      t.replace("theme: basics", "theme: colours").replace("    correct: true\n", ""),
    );
    expect(problemsIn(dir).map((p) => p.split(": ")[0])).toEqual([
      "modules/02-quiz.md:9",
      "modules/02-quiz.md:11",
    ]);
  });
});
