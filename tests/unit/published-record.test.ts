/**
 * The record of what was published, as board staff meet it: the checker holds a new version to
 * what learners of the published ones answered, refusing each change that would misreport them
 * at its line, and listing what learners lose.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkPublished, isSmallEdit } from "../../src/compiler/course/checks/published.js";
import { loadCourse } from "../../src/compiler/course/loader.js";
import {
  readRecords,
  recordBesidePackages,
  recordOf,
  recordText,
  writeRecord,
} from "../../src/compiler/course/record.js";
import { displayPath } from "../../src/loading/problems.js";
import { updateReport } from "../../src/tools/lms-simulator/server.js";
import { courseCopy, problemsIn } from "../helpers/course-folder.js";

/** Version 1.1.0 of the republishing demo, with the record of its published 1.0.0. */
const V2 = "tests/fixtures/republish-v2";
const QUESTIONS = "modules/02-questions.md";

/** The text of one question block of the fixture, from its id line to its closing fence. */
function editQuestion(id: string, edit: (block: string) => string): (text: string) => string {
  return (text) => {
    const start = text.indexOf(`id: ${id}\n`);
    const end = text.indexOf("```", start);
    return text.slice(0, start) + edit(text.slice(start, end)) + text.slice(end);
  };
}

/** Notes `npm run check` prints for the course in `dir`. */
function notesIn(dir: string): string[] {
  const loaded = loadCourse(dir);
  const modules = join(dir, "modules");
  const sources = ["01-intro.md", "02-questions.md", "03-end.md"].map((f) => ({
    file: displayPath(join(modules, f)),
    text: readFileSync(join(modules, f), "utf8"),
  }));
  return checkPublished(loaded.course, loaded.dir, sources, displayPath).notes;
}

const NEW_ID = (id: string) =>
  `give the changed item a new id (for example "${id}-2") and keep "${id}" out of the course: learners' answers to "${id}" are then dropped when they resume, and they answer the new one`;
const JUDGED = (since: string, id: string) =>
  `a learner who answered it in ${since} would have their old answer judged by the new meaning in the course (a wrong answer shown as "Correct."), while the LMS still holds the old result; ${NEW_ID(id)}`;

/** The line an item's id is written on, found rather than counted, so a reworded page moves it. */
function lineOfId(file: string, id: string): number {
  return readFileSync(file, "utf8").split("\n").indexOf(`id: ${id}`) + 1;
}

describe("the record of what was published", () => {
  it("accepts a new version that keeps every published id's meaning", () => {
    expect(problemsIn(V2)).toEqual([]);
    expect(problemsIn("course")).toEqual([]);
  });

  const refusals: Array<[string, Record<string, (t: string) => string>, string]> = [
    [
      "a changed course id",
      { "course.yaml": (t) => t.replace("id: republish-demo", "id: republish-demo-two") },
      'course.yaml:2: the course id is "republish-demo-two", but version 1.0.0 was published as "republish-demo" (published/1.0.0.json): the course id is the package\'s identity in the LMS: with another id the LMS sees another course, and learners\' records do not follow them into this version; put "id: republish-demo" back (a new course of its own starts from a folder without published/)',
    ],
    [
      "a question id kept while its right answer changes",
      {
        [QUESTIONS]: editQuestion("q-keep", (b) =>
          b
            .replace("    correct: true\n", "")
            .replace("text: Seven\n", "text: Seven\n    correct: true\n"),
        ),
      },
      `modules/02-questions.md:9: the right answer to "q-keep" was a in 1.0.0 and is now b (published/1.0.0.json): ${JUDGED("1.0.0", "q-keep")}`,
    ],
    [
      "a question id kept while an option is added",
      {
        [QUESTIONS]: editQuestion(
          "q-keep",
          (b) => `${b}  - id: c\n    text: Ten\n    feedback: Ten is a number.\n`,
        ),
      },
      `modules/02-questions.md:9: "q-keep" adds option c since 1.0.0 (published/1.0.0.json): ${JUDGED("1.0.0", "q-keep")}`,
    ],
    [
      "a question id kept while its kind changes",
      { [QUESTIONS]: editQuestion("q-keep", (b) => b.replace("type: single", "type: multiple")) },
      `modules/02-questions.md:9: "q-keep" was a single-choice question in 1.0.0 and is now a multiple-choice question (published/1.0.0.json): ${JUDGED("1.0.0", "q-keep")}`,
    ],
    [
      "an option id reused for other words",
      {
        [QUESTIONS]: editQuestion("q-keep", (b) => b.replace("text: Seven", "text: A loud noise")),
      },
      `modules/02-questions.md:18: option b of "q-keep" said "Seven" in 1.0.0 and now says "A loud noise" (published/1.0.0.json): learners who chose "Seven" would be shown as having chosen "A loud noise", and reports would count both as one answer; give the new words a new option id (and keep b out of this item), or ${NEW_ID("q-keep")}`,
    ],
  ];
  for (const [name, edits, message] of refusals) {
    it(`refuses ${name}, at its line, naming the fix`, () => {
      expect(problemsIn(courseCopy(V2, edits))).toEqual([message]);
    });
  }

  it("refuses a question id kept while an option is removed", () => {
    const dir = courseCopy("course", {
      "course.yaml": (t) => t.replace("version: 1.1.0", "version: 1.1.1"),
      "CHANGELOG.md": (t) =>
        t.replace("## 1.1.0", "## 1.1.1 (2027-01-04)\n\n- A shorter question.\n\n## 1.1.0"),
      "modules/05-lesson-1-risk-from-images.md": editQuestion("kc-not-passive", (b) =>
        b.replace(/ {2}- id: c\n[\s\S]*$/, ""),
      ),
    });
    expect(problemsIn(dir)).toEqual([
      `modules/05-lesson-1-risk-from-images.md:${lineOfId("course/modules/05-lesson-1-risk-from-images.md", "kc-not-passive")}: "kc-not-passive" removes option c since 1.1.0 (published/1.1.0.json): ${JUDGED("1.1.0", "kc-not-passive")}`,
    ]);
  });

  it("accepts a typo fixed in an option and lists it, and refuses it without a new version", () => {
    const typo = {
      [QUESTIONS]: editQuestion("q-keep", (b) => b.replace("text: Blue", "text: Bleu")),
    };
    const dir = courseCopy(V2, typo);
    expect(problemsIn(dir)).toEqual([]);
    expect(notesIn(dir)).toContain(
      'option a of "q-keep" reads "Bleu" (in 1.0.0: "Blue"): a small edit, taken as a typo fix: learners who chose it keep their answer; if it now means something else, give the option a new id.',
    );
    // Once 1.1.0 is published, the same fix needs a version of its own.
    const published = courseCopy(V2, {});
    writeRecord(published, recordOf(loadCourse(published).course));
    writeFileSync(
      join(published, QUESTIONS),
      typo[QUESTIONS](readFileSync(join(published, QUESTIONS), "utf8")),
    );
    expect(problemsIn(published)).toEqual([
      'course.yaml:4: version 1.1.0 was published, and its questions, options or modules have changed since (published/1.1.0.json): an LMS and learners must be able to tell the versions apart: raise "version" (to 1.1.1 for corrections) and add its entry to CHANGELOG.md',
    ]);
  });

  it("refuses a version lower than one published", () => {
    const dir = courseCopy(V2, {});
    writeRecord(dir, { ...recordOf(loadCourse(dir).course), version: "1.2.0" });
    expect(problemsIn(dir)).toEqual([
      'course.yaml:4: version 1.1.0 is lower than 1.2.0, which was published (published/1.2.0.json): an LMS and learners must be able to tell the versions apart: raise "version" (to 1.2.1 for corrections) and add its entry to CHANGELOG.md',
    ]);
  });

  it("refuses an id removed in one version and brought back with another meaning in a later one", () => {
    // 1.1.0 published without q-remove; 1.2.0 gives its id to the shapes question.
    const dir = courseCopy(V2, {});
    writeRecord(dir, recordOf(loadCourse(dir).course));
    const edits: Record<string, (t: string) => string> = {
      "course.yaml": (t) => t.replace("version: 1.1.0", "version: 1.2.0"),
      "CHANGELOG.md": (t) => t.replace("## 1.1.0", "## 1.2.0\n\n- Shapes.\n\n## 1.1.0"),
      [QUESTIONS]: (t) => t.replace("id: q-new", "id: q-remove"),
    };
    for (const [file, edit] of Object.entries(edits)) {
      writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), "utf8")));
    }
    expect(problemsIn(dir)).toEqual([
      `modules/02-questions.md:44: option a of "q-remove" said "Seven" in 1.0.0 and now says "Square" (published/1.0.0.json): learners who chose "Seven" would be shown as having chosen "Square", and reports would count both as one answer; give the new words a new option id (and keep a out of this item), or ${NEW_ID("q-remove")}`,
      `modules/02-questions.md:48: option b of "q-remove" said "Blue" in 1.0.0 and now says "Loud" (published/1.0.0.json): learners who chose "Blue" would be shown as having chosen "Loud", and reports would count both as one answer; give the new words a new option id (and keep b out of this item), or ${NEW_ID("q-remove")}`,
    ]);
  });

  it("refuses a record it cannot read", () => {
    const dir = courseCopy(V2, { "published/1.0.0.json": () => "{" });
    const problems = problemsIn(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^published\/1\.0\.0\.json:1: this record of a published version cannot be read \(.+\): restore it from version control$/,
    );
  });

  it("lists each removed question and what happens to learners who answered it", () => {
    expect(notesIn(V2)).toEqual([
      '"q-remove" (a single-choice question of the theme "basics" in 1.0.0) is no longer in the course: learners who answered it lose that answer from their saved state when they resume; their score and the theme "basics" are worked out again from the items still in the course (a learner who already completed or passed keeps that result); the LMS\'s own history of the answer stays in its reports.',
    ]);
  });

  it("holds Family M's records of 1.0.0 and 1.1.0, each the course as it was published", () => {
    const records = readRecords("course").map((f) => f.record);
    expect(records.map((r) => r?.version)).toEqual(["1.0.0", "1.1.0"]);
    expect(records[0]).toEqual(recordOf(loadCourse("tests/fixtures/family-m-1.0.0").course));
    expect(records[1]).toEqual(recordOf(loadCourse("tests/fixtures/family-m-1.1.0").course));
  });

  it("tells a typo fix from new words", () => {
    expect(isSmallEdit("Recieve the referral", "Receive the referral")).toBe(true);
    expect(isSmallEdit("It is not passive.", "It is not passive")).toBe(true);
    expect(isSmallEdit("A dog", "A cat")).toBe(false);
    expect(isSmallEdit("Call the police", "Call the social worker")).toBe(false);
  });
});

describe("npm run mark-published", () => {
  it("records the version, after which a change to it needs a new version", () => {
    const dir = courseCopy(V2, {});
    rmSync(join(dir, "published"), { recursive: true });
    const out = execFileSync("npx", ["tsx", "scripts/mark-published.ts", dir], {
      encoding: "utf8",
    });
    expect(out).toContain(
      `Recorded version 1.1.0 of "republish-demo" as published in ${dir}/published/1.1.0.json`,
    );
    expect(existsSync(join(dir, "published", "1.1.0.json"))).toBe(true);
    expect(problemsIn(dir)).toEqual([]);
    const again = execFileSync("npx", ["tsx", "scripts/mark-published.ts", dir], {
      encoding: "utf8",
    });
    expect(again).toContain("Version 1.1.0 is already recorded as published");
    const questions = join(dir, QUESTIONS);
    writeFileSync(
      questions,
      editQuestion("q-new", (b) =>
        b
          .replace("    correct: true\n", "")
          .replace("text: Loud\n", "text: Loud\n    correct: true\n"),
      )(readFileSync(questions, "utf8")),
    );
    expect(problemsIn(dir)).toEqual([
      'course.yaml:4: version 1.1.0 was published, and its questions, options or modules have changed since (published/1.1.0.json): an LMS and learners must be able to tell the versions apart: raise "version" (to 1.1.1 for corrections) and add its entry to CHANGELOG.md',
      `modules/02-questions.md:39: the right answer to "q-new" was a in 1.1.0 and is now b (published/1.1.0.json): ${JUDGED("1.1.0", "q-new")}`,
    ]);
  }, 60_000);
});

describe("the update rehearsal's report", () => {
  it("lists each id the new package drops, changes or adds, from the records beside the packages", () => {
    const dist = mkdtempSync(join(tmpdir(), "rehearsal-"));
    const v1 = recordOf(loadCourse("tests/fixtures/update-v1").course);
    // A package built without the record of 1.0.0 beside its course could reuse an id: say so.
    const v2 = recordOf(loadCourse("tests/fixtures/update-v2").course);
    const corners = v2.items.find((i) => i.id === "q-corners");
    if (!corners) throw new Error("update-v2 has no q-corners");
    corners.id = "q-square";
    for (const r of [v1, v2])
      writeFileSync(
        join(dist, recordBesidePackages({ id: r.course, version: r.version })),
        recordText(r),
      );
    const report = updateReport(
      dist,
      "update-demo-1.0.0-scorm12.zip",
      "update-demo-1.1.0-scorm12.zip",
    );
    expect("changes" in report && report.changes.map((c) => [c.id, c.what])).toEqual([
      ["q-square", 'the right answer to "q-square" was a in 1.0.0 and is now b'],
      [
        "q-grass",
        '"q-grass" (a single-choice question of the theme "colours" in 1.0.0) is no longer in the course',
      ],
    ]);
    expect(updateReport(dist, "update-demo-1.0.0-scorm12.zip", "other-2.0.0-scorm12.zip")).toEqual({
      problem:
        "there is no record beside other-2.0.0-scorm12.zip (other-2.0.0-record.json), so what it changes cannot be listed: build it again with npm run build",
    });
  });
});
