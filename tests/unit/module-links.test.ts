/**
 * Links from one module to another ("See Lesson 1"), as board staff write them: the module's file
 * name, with a heading's anchor for a section. The checker accepts those that lead somewhere and
 * names file:line and the fix for those that do not; the build makes them moves within the course.
 */
import { rmSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { checkCourse } from "../../src/compiler/course/loader.js";
import { withoutCourseLinks } from "../../src/compiler/course/module-links.js";
import { headingAnchor } from "../../src/loading/module-links.js";
import { courseCopy, problemsIn, TINY_COURSE } from "../helpers/course-folder.js";

const TINY = TINY_COURSE;
const START = "modules/01-start.md";
const QUIZ = "modules/02-quiz.md";
const made: string[] = [];

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the tiny course with files rewritten, removed after the test. */
function courseWith(edits: Record<string, (text: string) => string>): string {
  const dir = courseCopy(TINY, edits);
  made.push(dir);
  return dir;
}

/** The quiz's wrong-answer feedback, pointing the learner back with `link`. */
const feedbackLinking = (link: string) => (t: string) =>
  t.replace(
    "feedback: Not usually. It is blue on a clear day.",
    `feedback: Not usually. See ${link}.`,
  );

describe("links between modules", () => {
  it("a feedback link to a module's heading becomes a move to that module and heading, not an address", () => {
    const dir = courseWith({
      [QUIZ]: feedbackLinking("[the start, A heading](01-start.md#a-heading)"),
    });
    const result = checkCourse(dir);
    expect(result.problems).toEqual([]);
    const quiz = result.course?.course.modules.find((m) => m.id === "quiz");
    const block = quiz?.blocks.find((b) => b.kind === "question");
    const feedback = block?.kind === "question" ? block.question.options[1].feedbackHtml : "";
    expect(feedback).toContain(
      '<a href="#start" data-module="start" data-page="1" data-heading="a-heading">the start, A heading</a>',
    );
    // It must not open a new window or name a file the package does not have.
    expect(feedback).not.toContain("target=");
    expect(feedback).not.toContain(".md");
    const start = result.course?.course.modules.find((m) => m.id === "start");
    expect(
      start?.blocks.some(
        (b) => b.kind === "html" && b.html.includes('<h2 id="a-heading" tabindex="-1">'),
      ),
    ).toBe(true);
  });

  it("a link in the module text to a whole module, with ./ in front, is accepted too", () => {
    const dir = courseWith({
      [START]: (t) => t.replace("[link](https://example.org)", "[the quiz](./02-quiz.md)"),
    });
    const result = checkCourse(dir);
    expect(result.problems).toEqual([]);
    const start = result.course?.course.modules.find((m) => m.id === "start");
    const html = start?.blocks.map((b) => (b.kind === "html" ? b.html : "")).join("");
    expect(html).toContain('<a href="#quiz" data-module="quiz" data-page="1">the quiz</a>');
  });

  it("a link to a module file that is not there names the file:line and the modules there are", () => {
    const dir = courseWith({ [QUIZ]: feedbackLinking("[the start](01-begin.md)") });
    expect(problemsIn(dir)).toEqual([
      'modules/02-quiz.md:20: the link "01-begin.md" points to the module file "01-begin.md", which is not in modules/: use the file name of one of the modules (01-start.md, 02-quiz.md)',
    ]);
  });

  it("a link to a heading that is not in the module names the file:line and the headings it has", () => {
    const dir = courseWith({ [QUIZ]: feedbackLinking("[the start](01-start.md#the-heading)") });
    expect(problemsIn(dir)).toEqual([
      'modules/02-quiz.md:20: the link "01-start.md#the-heading" points to the heading "#the-heading", which is not in 01-start.md (its headings are #a-heading). A heading\'s anchor is its words in lower case, without punctuation, joined by hyphens',
    ]);
  });

  it("a link to a heading of a module without headings says to link to the module itself", () => {
    const dir = courseWith({
      [START]: (t) => t.replace("[link](https://example.org)", "[quiz](02-quiz.md#q)"),
    });
    expect(problemsIn(dir)).toEqual([
      'modules/01-start.md:10: the link "02-quiz.md#q" points to the heading "#q", which is not in 02-quiz.md (it has no ## headings: link to the module without #). A heading\'s anchor is its words in lower case, without punctuation, joined by hyphens',
    ]);
  });

  it("a link to a module from course.yaml, where the player cannot follow it, is refused", () => {
    const dir = courseWith({
      "course.yaml": (t) =>
        t.replace(
          "support: If you need help, ask the person who sent you this course.",
          "support: See [the start](01-start.md).",
        ),
    });
    expect(problemsIn(dir)).toEqual([
      'course.yaml:15: the link "01-start.md" points to a module, which works only from a module\'s own text: name the module in words here, and link to it from a module in modules/',
    ]);
  });

  it("two headings with the same words get different anchors, the second with -1", () => {
    const dir = courseWith({ [START]: (t) => `${t}\n## A heading\n\nAgain.\n` });
    const start = checkCourse(dir).course?.course.modules.find((m) => m.id === "start");
    const html = start?.blocks.map((b) => (b.kind === "html" ? b.html : "")).join("");
    expect(html).toContain('<h2 id="a-heading" tabindex="-1">');
    expect(html).toContain('<h2 id="a-heading-1" tabindex="-1">');
  });
});

describe("a heading's anchor, as GitHub makes it", () => {
  it.each([
    [
      "Why challenge is hard, and why culture matters",
      "why-challenge-is-hard-and-why-culture-matters",
    ],
    ["Your part: recognise, refer, contribute", "your-part-recognise-refer-contribute"],
    ["The other parent&#39;s ability to protect", "the-other-parents-ability-to-protect"],
    ['The <glossary-term term="front door">front door</glossary-term>', "the-front-door"],
    ["Risk &amp; safety", "risk--safety"],
    ["Ymddiriedaeth a gofal plant – Cymraeg", "ymddiriedaeth-a-gofal-plant--cymraeg"],
    ["Step 2 of 3", "step-2-of-3"],
    ["?!", "section"],
  ])("%s → %s", (html, anchor) => {
    expect(headingAnchor(html)).toBe(anchor);
  });
});

describe("the answer key, a page outside the course", () => {
  it("shows a feedback's link to a module as its words, since the key has no modules to go to", () => {
    const html =
      '<p>No. See <a href="#start" data-module="start" data-page="2" data-heading="a-heading">the start, <em>A heading</em></a> and <a href="https://example.org" target="_blank" rel="noopener noreferrer">this</a>.</p>';
    expect(withoutCourseLinks(html)).toBe(
      '<p>No. See the start, <em>A heading</em> and <a href="https://example.org" target="_blank" rel="noopener noreferrer">this</a>.</p>',
    );
  });
});

describe("heading anchors beside the page's own ids", () => {
  it("a heading named like a page title's id (Page 2) takes the next free anchor, page-2-1", () => {
    const dir = courseWith({ [START]: (t) => `${t}\n## Page 2\n\nMore.\n` });
    const start = checkCourse(dir).course?.course.modules.find((m) => m.id === "start");
    const html = start?.blocks.map((b) => (b.kind === "html" ? b.html : "")).join("");
    expect(html).toContain('<h2 id="page-2-1" tabindex="-1">Page 2</h2>');
  });
});
