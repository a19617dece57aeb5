/**
 * The blocks that show content (callout, reveal, figure): each loads as the author wrote it, and
 * the checker refuses what a learner could not use, naming the file and line.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIGURE_MAX_BYTES } from "../../src/blocks/figure/load.js";
import { checkCourse, loadCourse } from "../../src/compiler/course/loader.js";
import { formatProblem } from "../../src/loading/problems.js";

const FIXTURE = "tests/fixtures/every-block";
const WELCOME = "modules/01-welcome.md";
const HEAD =
  "---\nid: welcome\ntitle: Welcome\nthemes: [sharing]\n---\nIntro for a [[child in need]].\n\n";

/** The fixture with its first module's body replaced by one block (its fence on line 8, its settings from line 9). */
function withBlock(kind: string, yaml: string): string {
  const dir = mkdtempSync(join(tmpdir(), "blocks-"));
  cpSync(FIXTURE, dir, { recursive: true });
  writeFileSync(join(dir, WELCOME), `${HEAD}\`\`\`${kind}\n${yaml}\`\`\`\n`);
  return dir;
}

function problemsIn(dir: string): string[] {
  return checkCourse(dir).problems.map((p) =>
    formatProblem({ ...p, file: p.file.replace(`${dir}/`, "") }),
  );
}

describe("the content blocks as the fixture writes them", () => {
  const welcome = loadCourse(FIXTURE).course.modules[0];
  const kinds = welcome.blocks.map((b) => b.kind);

  it("keeps each block in the module, in the author's order", () => {
    expect(kinds).toEqual([
      "html",
      "callout",
      "callout",
      "callout",
      "reveal",
      "figure",
      "figure",
      "timeline",
      "steps",
      "tabs",
    ]);
  });

  it("carries a callout's tone and optional title, and renders its Markdown", () => {
    expect(welcome.blocks[1]).toEqual({
      kind: "callout",
      tone: "key-point",
      title: undefined,
      html: "<p>Share a worry about a child's safety <strong>the same day</strong>.</p>",
    });
    expect(welcome.blocks[2]).toMatchObject({ tone: "practice-tip", title: "Write it down" });
  });

  it("gives a decorative figure an empty text alternative and ships both images", () => {
    expect(welcome.blocks[5]).toMatchObject({
      src: "media/agencies.svg",
      alt: "An arrow from the school to children's social care.",
    });
    expect(welcome.blocks[6]).toMatchObject({ src: "media/rule.png", alt: "" });
    expect(loadCourse(FIXTURE).media).toEqual(["media/agencies.svg", "media/rule.png"]);
  });
});

describe("the checker on content blocks", () => {
  it("refuses a callout tone it does not know, listing the tones", () => {
    expect(problemsIn(withBlock("callout", "tone: warning\ntext: Hi.\n"))).toEqual([
      `${WELCOME}:9: "tone" is "warning", but it must be one of: key-point, practice-tip, in-this-case, wellbeing`,
    ]);
  });

  it("refuses a reveal with nothing to press", () => {
    expect(problemsIn(withBlock("reveal", "text: Hidden.\n"))).toEqual([
      `${WELCOME}:9: "summary" is missing from this reveal`,
    ]);
  });

  it("refuses a figure whose file is not in the course folder", () => {
    expect(problemsIn(withBlock("figure", "src: media/missing.png\nalt: A chart.\n"))).toEqual([
      `${WELCOME}:9: the image "media/missing.png" was not found in the course folder: check the name, or put the file in media/`,
    ]);
    expect(problemsIn(withBlock("figure", "src: ../../etc/passwd\nalt: A file.\n"))[0]).toContain(
      "was not found in the course folder",
    );
  });

  it("refuses a figure with no text alternative unless it is marked decorative", () => {
    expect(problemsIn(withBlock("figure", "src: media/agencies.svg\n"))).toEqual([
      `${WELCOME}:9: this figure has no "alt": describe what the image shows, or write "decorative: true" if it adds nothing to the text`,
    ]);
    expect(
      problemsIn(withBlock("figure", "src: media/agencies.svg\nalt: A.\ndecorative: true\n")),
    ).toEqual([
      `${WELCOME}:11: this figure has "alt" and "decorative: true": a decorative image has no description, so keep one of them`,
    ]);
  });

  it("refuses a figure over the size budget, and a file that is not an image", () => {
    const dir = withBlock("figure", "src: media/big.png\nalt: Big.\n");
    writeFileSync(join(dir, "media/big.png"), Buffer.alloc(FIGURE_MAX_BYTES + 1));
    expect(problemsIn(dir)).toEqual([
      `${WELCOME}:9: the image "media/big.png" is 201 kB, more than the 200 kB a figure may be: save it smaller (for example 1200 px wide, or as SVG)`,
    ]);
    const notImage = withBlock("figure", "src: CHANGELOG.md\nalt: Notes.\n");
    expect(problemsIn(notImage)[0]).toContain('"CHANGELOG.md" is not an image browsers show');
    // A file at the budget exactly is accepted.
    const atBudget = withBlock("figure", "src: media/ok.png\nalt: Fine.\n");
    writeFileSync(join(atBudget, "media/ok.png"), readFileSync(join(FIXTURE, "media/rule.png")));
    expect(problemsIn(atBudget)).toEqual([]);
  });
});

describe("the checker on questions", () => {
  const options =
    "options:\n  - id: a\n    text: A\n    correct: true\n    feedback: Yes.\n  - id: b\n    text: B\n    correct: true\n    feedback: Yes.\n";
  const question = (stem: string) =>
    `id: q-apply\ntype: multiple\ntheme: sharing\nquestion: ${stem}\n${options}`;

  it("refuses a question that says 'all that apply', which the course says under every multiple-answer question", () => {
    expect(
      problemsIn(withBlock("question", question("Which are true? Select all that apply."))),
    ).toEqual([
      `${WELCOME}:12: the question says "all that apply", which the course already says under every multiple-answer question ("Choose all that apply."): take it out of the question, or learners hear it twice`,
    ]);
    expect(problemsIn(withBlock("question", question("Which are true?")))).toEqual([]);
  });
});
