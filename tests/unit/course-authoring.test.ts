/**
 * The mistakes board staff make when they author a course in a word processor's habits: each
 * one, once silently accepted or reported misleadingly, now gives one exact message at the
 * line to fix, and nothing that follows from it.
 */
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { filesLeftOut } from "../../src/compiler/course/checks/folder.js";
import { checkCourse } from "../../src/compiler/course/loader.js";
import { courseSummary } from "../../src/compiler/course/summary.js";
import { formatProblem } from "../../src/loading/problems.js";

const TINY = "tests/fixtures/tiny-course";
const QUIZ = "modules/02-quiz.md";
const START = "modules/01-start.md";
const made: string[] = [];

/** A copy of the tiny course, then `change` applied to the copy's folder. */
function courseWith(change: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), "authoring-"));
  made.push(dir);
  cpSync(TINY, dir, { recursive: true });
  change(dir);
  return dir;
}

/** A copy of the tiny course with one file's text rewritten by `edit`. */
function edited(file: string, edit: (text: string) => string): string {
  return courseWith((dir) => {
    const path = join(dir, file);
    writeFileSync(path, edit(readFileSync(path, "utf8")));
  });
}

function problemsIn(dir: string): string[] {
  return checkCourse(dir).problems.map((p) =>
    formatProblem({ ...p, file: p.file.replace(`${dir}/`, "") }),
  );
}

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("files the course would leave out", () => {
  it("reports a module saved as .md.txt instead of dropping it", () => {
    const dir = courseWith((d) => renameSync(join(d, QUIZ), join(d, `${QUIZ}.txt`)));
    expect(problemsIn(dir)).toEqual([
      'modules/02-quiz.md.txt:1: this module is left out of the course because its name does not end in ".md": rename it to "02-quiz.md" (Windows may hide the real ending: turn on "File name extensions")',
    ]);
  });

  it("reports a module whose ending is in capitals", () => {
    const dir = courseWith((d) => renameSync(join(d, QUIZ), join(d, "modules/02-Quiz.MD")));
    expect(problemsIn(dir)).toEqual([
      'modules/02-Quiz.MD:1: this module is left out of the course because its name does not end in ".md": rename it to "02-quiz.md" (Windows may hide the real ending: turn on "File name extensions")',
    ]);
  });

  it("reports a Word document or notes in modules/", () => {
    const dir = courseWith((d) => writeFileSync(join(d, "modules/03-extra.docx"), "PK"));
    expect(problemsIn(dir)).toEqual([
      'modules/03-extra.docx:1: this file is left out of the course: modules are Markdown files named like "03-family-m.md" (copy a Word document\'s text into one), so move other files out of modules/',
    ]);
  });

  it("lists the other files the package leaves out, and none it ships", () => {
    const dir = courseWith((d) => {
      writeFileSync(join(d, "notes.txt"), "my notes");
      writeFileSync(join(d, ".DS_Store"), "");
      mkdirSync(join(d, "media"));
      writeFileSync(join(d, "media/used.png"), "png");
      writeFileSync(join(d, "media/spare.png"), "png");
      const start = join(d, START);
      writeFileSync(start, `${readFileSync(start, "utf8")}\n![A used picture](media/used.png)\n`);
    });
    const { course, problems } = checkCourse(dir);
    expect(problems).toEqual([]);
    expect(filesLeftOut(dir, course?.media ?? [])).toEqual(["media/spare.png", "notes.txt"]);
  });
});

describe("the summary that ends a successful check", () => {
  it("counts modules, questions, scenarios, reflections and themes, leaving the minutes to the one reading-time figure", () => {
    const course = checkCourse("course").course?.course;
    expect(course && courseSummary(course)).toBe(
      "10 modules, 26 questions (4 scenarios), 3 reflections, 4 themes",
    );
    const tiny = checkCourse(TINY).course?.course;
    expect(tiny && courseSummary(tiny)).toBe("2 modules, 1 question, 0 reflections, 1 theme");
  });
});

describe("files not saved as UTF-8", () => {
  it('names a Windows "ANSI" (Latin-1) file and the line of the first wrong character', () => {
    const dir = courseWith((d) => {
      const text = readFileSync(join(d, START), "utf8").replace("## A heading", "## Café");
      writeFileSync(join(d, START), Buffer.from(text, "latin1"));
    });
    expect(problemsIn(dir)).toEqual([
      'modules/01-start.md:8: this file is not saved as UTF-8: a character on this line (just after "## Caf") is in another encoding (Windows "ANSI" or Latin-1), so learners would see "�": open it and save it again as UTF-8 (Notepad: File > Save as > Encoding "UTF-8"; Word: Plain Text, then "Unicode (UTF-8)")',
    ]);
  });

  it('names a UTF-16 ("Unicode") file instead of saying it lacks settings', () => {
    const dir = courseWith((d) => {
      const text = readFileSync(join(d, START), "utf8");
      writeFileSync(
        join(d, START),
        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]),
      );
    });
    expect(problemsIn(dir)).toEqual([
      'modules/01-start.md:1: this file is saved as UTF-16 (called "Unicode" in Notepad), not UTF-8: open it and save it again as UTF-8 (Notepad: File > Save as > Encoding "UTF-8"; Word: Plain Text, then "Unicode (UTF-8)")',
    ]);
  });
});

const cases: Array<[string, string, (t: string) => string, string[]]> = [
  [
    "a course title longer than the SCORM 1.2 manifest can carry with its version",
    "course.yaml",
    (t) => t.replace("title: A tiny test course", `title: ${"T".repeat(151)}`),
    [
      'course.yaml:3: "title" is 151 characters long, but at most 150 fit: shorten it by 1 characters (see "How long texts can be" in course/README.md)',
    ],
  ],
  [
    "a version longer than the manifest's 20 characters",
    "course.yaml",
    (t) => t.replace("version: 1.0.0", "version: 1.0.00000000000000000"),
    [
      'course.yaml:4: "version" is 21 characters long, but SCORM allows at most 20: use a shorter number, like 1.0.0',
    ],
  ],
  [
    "a language written as a word, which the manifest schemas refuse",
    "course.yaml",
    (t) => t.replace("language: en-GB", "language: English (UK)"),
    [
      'course.yaml:5: "language" is "English (UK)", but it must be a language code such as en-GB (English, UK) or cy (Welsh)',
    ],
  ],
  [
    "a 6,000-character question",
    QUIZ,
    (t) => t.replace("question: What colour", `question: ${"Why ".repeat(1500)}What colour`),
    [
      'modules/02-quiz.md:12: "question" is 6035 characters long, but at most 1000 fit: shorten it by 5035 characters (see "How long texts can be" in course/README.md)',
    ],
  ],
  [
    "a 3,000-character option",
    QUIZ,
    (t) => t.replace("text: Green", `text: ${"Green ".repeat(500)}`),
    [
      'modules/02-quiz.md:19: "text" is 2999 characters long, but at most 300 fit: shorten it by 2699 characters (see "How long texts can be" in course/README.md)',
    ],
  ],
  [
    "raw HTML that would fold text away",
    START,
    (t) => `${t}\n<details>\n<summary>More</summary>\n\nHidden text.\n</details>\n`,
    [
      "modules/01-start.md:12: raw HTML <details> is not allowed in a course, because the build would remove it: a course cannot fold text away: use a ## heading and ordinary paragraphs instead",
      "modules/01-start.md:13: raw HTML <summary> is not allowed in a course, because the build would remove it: a course cannot fold text away: use a ## heading and ordinary paragraphs instead",
    ],
  ],
  [
    "a raw HTML link inside a paragraph, whose text would vanish",
    START,
    (t) => t.replace("Some **bold** text", 'Some <a name="x">anchored</a> text'),
    [
      'modules/01-start.md:10: raw HTML <a name="x"> is not allowed in a course, because the build would remove it: write links as [link text](https://address)',
    ],
  ],
  [
    "a raw <img>, which would escape the image checks",
    START,
    (t) => `${t}\n<img src="media/missing.png">\n`,
    [
      'modules/01-start.md:12: raw HTML <img src="media/missing.png"> is not allowed in a course, because the build would remove it: write images as ![what it shows](media/file.png)',
    ],
  ],
  [
    "a reference-style picture, which would escape the picture checks",
    START,
    (t) => `${t}\n![A diagram][1]\n\n[1]: media/missing.png\n`,
    [
      "modules/01-start.md:12: write this picture in the usual form, ![what it shows](media/file.png), so the checker can find its file",
    ],
  ],
  [
    "a <script> in a title, which learners would see as text",
    START,
    (t) => t.replace("title: Start here", "title: Start <script>alert(1)</script> here"),
    [
      'modules/01-start.md:3: "title": raw HTML <script> is not allowed in a course, because the build would remove it: a course cannot run scripts: remove it',
    ],
  ],
  [
    "a link to a file that is not in the course folder",
    START,
    (t) => t.replace("[link](https://example.org)", "[the handout](media/handout.pdf)"),
    [
      'modules/01-start.md:10: the link "media/handout.pdf" points to a file that is not in the course folder: put the file in media/ and link to media/<file name>, or link to a web address starting with https://',
    ],
  ],
  [
    "a link to a Markdown file that is not a module of this course's folder",
    START,
    (t) => t.replace("[link](https://example.org)", "[the guide](../README.md)"),
    [
      'modules/01-start.md:10: the link "../README.md" points to a Markdown file that is not a module here: link to another module by its file name alone, like [Lesson 1](04-lesson-1.md), or to a heading in it, like [Lesson 1](04-lesson-1.md#in-this-case)',
    ],
  ],
  [
    "a link the build would remove, with its text",
    START,
    (t) => t.replace("[link](https://example.org)", "[link](ftp://example.org/file)"),
    [
      'modules/01-start.md:10: the link "ftp://example.org/file" would be removed by the build: links start with https://, mailto: or tel:',
    ],
  ],
  [
    "a link to a file from a setting, where it cannot work",
    "course.yaml",
    (t) =>
      t.replace(
        "support: If you need help, ask the person who sent you this course.",
        "support: Read [the leaflet](media/leaflet.pdf).",
      ),
    [
      'course.yaml:15: "support" links to "media/leaflet.pdf", which will not work from a setting: links here start with https://, mailto: or tel: (link to a file in media/ from the module text instead)',
    ],
  ],
  [
    "a version lower than the newest changelog entry",
    "CHANGELOG.md",
    (t) => t.replace("## 1.0.0", "## 1.1.0\n\nNewer.\n\n## 1.0.0"),
    [
      'CHANGELOG.md:3: course.yaml says version 1.0.0, lower than 1.1.0 listed here: a new version must be higher than every version published before it, so raise "version" in course.yaml (and add its entry here)',
    ],
  ],
  [
    "a setting indented by one space, at its own line and with no follow-on messages",
    "course.yaml",
    (t) => t.replace("publisher: Test Board", " publisher: Test Board"),
    [
      'course.yaml:10: this line is indented by 1 space, which lines it up with no setting above it: indent "publisher" by 0 spaces, like line 9, or by as many as the setting it belongs to',
    ],
  ],
  [
    "a theme setting indented one space short",
    "course.yaml",
    (t) => t.replace("    objective:", "   objective:"),
    [
      'course.yaml:19: this line is indented by 3 spaces, which lines it up with no setting above it: indent "objective" by 4 spaces, like line 18, or by as many as the setting it belongs to',
    ],
  ],
  [
    "an option setting indented one space short inside a question block, naming the file's lines",
    QUIZ,
    (t) => t.replace("    feedback: Not usually", "   feedback: Not usually"),
    [
      'modules/02-quiz.md:20: this line is indented by 3 spaces, which lines it up with no setting above it: indent "feedback" by 4 spaces, like line 19, or by as many as the setting it belongs to',
    ],
  ],
  [
    "a tab used for indentation",
    "course.yaml",
    (t) => t.replace("  title: Nothing in particular", "\ttitle: Nothing in particular"),
    [
      "course.yaml:12: this line is indented with a tab: settings must be indented with spaces only, so replace the tab with spaces",
    ],
  ],
  [
    "a tab at the start of a paragraph, which would show it as code",
    START,
    (t) => t.replace("This is the first module", "\tThis is the first module"),
    [
      "modules/01-start.md:6: this text starts with a tab, so it would show as a box of computer code: remove the space at the start of the line",
    ],
  ],
  [
    "Word's curly quotes around text with a colon",
    "course.yaml",
    (t) => t.replace("publisher: Test Board", "publisher: “Test: Board”"),
    [
      'course.yaml:10: this line has curly quotes “ ” (Word adds them), which do not count as quotes: replace them with straight quotes "',
    ],
  ],
  [
    "Word's curly quotes around an id, without also calling the id unknown",
    QUIZ,
    (t) => t.replace("theme: basics", "theme: “basics”"),
    [
      'modules/02-quiz.md:11: "theme" is wrapped in curly quotes “ ”, which count as part of the value: replace them with straight quotes " or remove them',
    ],
  ],
  [
    "a Word line break (an invisible control character) in a title",
    START,
    (t) => t.replace("title: Start here", "title: Start\u000bhere"),
    [
      'modules/01-start.md:3: "title" contains an invisible control character (U+000B), often pasted from Word: retype the text around "Start"',
    ],
  ],
  [
    "a yes/no setting with another word, saying exactly what is accepted",
    QUIZ,
    (t) => t.replace("correct: true", "correct: right"),
    [
      'modules/02-quiz.md:9: question "q-sky" has no correct option: mark one with "correct: true"',
      'modules/02-quiz.md:16: "correct" should be yes, no, true or false',
    ],
  ],
];

describe("each mistake, at its line", () => {
  for (const [what, file, edit, messages] of cases) {
    it(`reports ${what}`, () => {
      expect(problemsIn(edited(file, edit))).toEqual(messages);
    });
  }

  it("accepts curly quotes around prose, where they are a quotation", () => {
    const dir = edited(QUIZ, (t) => t.replace("text: Green", "text: “It looks green to me.”"));
    expect(problemsIn(dir)).toEqual([]);
  });

  it("accepts yes and no wherever true and false are", () => {
    const dir = edited(QUIZ, (t) =>
      t
        .replace("correct: true", "correct: yes")
        .replace("text: Green", "text: Green\n    correct: No"),
    );
    expect(problemsIn(dir)).toEqual([]);
    const question = checkCourse(dir).course?.course.modules[1].blocks.find(
      (b) => b.kind === "question",
    );
    expect(
      question?.kind === "question" && question.question.options.map((o) => o.correct),
    ).toEqual([true, false]);
  });

  it("ships a linked file that is in the course folder", () => {
    const dir = courseWith((d) => {
      mkdirSync(join(d, "media"));
      writeFileSync(join(d, "media/handout.pdf"), "%PDF");
      const start = join(d, START);
      writeFileSync(
        start,
        readFileSync(start, "utf8").replace(
          "[link](https://example.org)",
          "[handout](media/handout.pdf)",
        ),
      );
    });
    const { course, problems } = checkCourse(dir);
    expect(problems).toEqual([]);
    expect(course?.media).toEqual(["media/handout.pdf"]);
    // It opens in a new tab: in the LMS frame it would replace the course.
    const first = course?.course.modules[0].blocks[0];
    expect(first?.kind === "html" && first.html).toContain(
      '<a href="media/handout.pdf" target="_blank" rel="noopener noreferrer">handout</a>',
    );
  });
});
