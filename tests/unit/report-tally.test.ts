import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCourse } from "../../src/compiler/course/loader.js";
import type { Attempt } from "../../src/tools/report/attempt.js";
import { readExport } from "../../src/tools/report/read-export.js";
import {
  leastRightFirst,
  mostChosenWrong,
  reportHtml,
  shownCount,
  shownShare,
} from "../../src/tools/report/report-page.js";
import { writeSyntheticExport } from "../../src/tools/report/synthetic-export.js";
import { compareVersions, courseVersionOf, Tally } from "../../src/tools/report/tally.js";
import { writeReport } from "../../src/tools/report/write-report.js";
import { sampleCourse } from "../helpers/course.js";

const dir = mkdtempSync(join(tmpdir(), "report-tally-"));
const familyM = loadCourse("course").course;
const v1 = courseVersionOf(loadCourse("tests/fixtures/republish-v1").course);
const v2 = courseVersionOf(loadCourse("tests/fixtures/republish-v2").course);

let line = 1;
function attempt(learner: string, answers: Array<[string, string]>, over: Partial<Attempt> = {}) {
  return {
    file: "x.csv",
    line: ++line,
    learner,
    learnerLabel: learner,
    attempt: "1",
    started: true,
    answers: answers.map(([id, r]) => ({ id, response: r.split(",") })),
    ...over,
  } satisfies Attempt;
}

describe("counting answers", () => {
  const sample = courseVersionOf(sampleCourse());
  it("counts each attempt's first answer, and a retry only as a retry", () => {
    const tally = new Tally([sample]);
    tally.add(
      attempt("ann", [
        ["q1", "b"],
        ["q1", "a"],
      ]),
    );
    const q1 = tally.result().items.find((t) => t.item.id.authored === "q1");
    expect(q1).toMatchObject({ answered: 1, right: 0, retries: 1 });
    expect(q1?.chosen).toEqual([
      { id: "a", count: 0 },
      { id: "b", count: 1 },
      { id: "c", count: 0 },
    ]);
  });

  it("scores with the last answers: a learner who tried again and got all right passed", () => {
    const tally = new Tally([sample]);
    tally.add(
      attempt("ann", [
        ["q1", "b"],
        ["q2", "a,b"],
        ["q3", "a"],
        ["q1", "a"],
      ]),
    );
    expect(tally.result()).toMatchObject({ completed: 1, passed: 1, medianScore: 100 });
  });

  it("does not count a learner who skipped a scored question as completed", () => {
    const tally = new Tally([sample]);
    tally.add(attempt("ann", [["q1", "a"]]));
    expect(tally.result()).toMatchObject({ learners: 1, completed: 0, passed: 0 });
    expect(tally.result().medianScore).toBeUndefined();
  });

  it("judges a sequence by its order, and counts each step put in its right place", () => {
    const everyBlock = courseVersionOf(loadCourse("tests/fixtures/every-block").course);
    const tally = new Tally([everyBlock]);
    tally.add(attempt("ann", [["order-concern", "a,b,c,d"]]));
    tally.add(attempt("bob", [["order-concern", "b,a,c,d"]]));
    const item = tally.result().items.find((t) => t.item.id.authored === "order-concern");
    expect(item).toMatchObject({ answered: 2, right: 1 });
    expect(item?.chosen).toEqual([
      { id: "a", count: 1 },
      { id: "b", count: 1 },
      { id: "c", count: 2 },
      { id: "d", count: 2 },
    ]);
    // Every step is in every answer: no step is a "most chosen wrong answer".
    expect(item && mostChosenWrong(item)).toBeUndefined();
  });

  it("judges a sort by its card.group pairs, in either standard's form, and counts each card put in its right group", () => {
    const everyBlock = courseVersionOf(loadCourse("tests/fixtures/every-block").course);
    const tally = new Tally([everyBlock]);
    tally.add(attempt("ann", [["sort-sources", "a.t,b.c,c.t,d.c"]]));
    // SCORM 2004 writes a pair as a[.]t; card b put with what the parent told you.
    tally.add(attempt("bob", [["sort-sources", "a[.]t,b[.]t,c[.]t,d[.]c"]]));
    // A card left without a pair is never right.
    tally.add(attempt("cy", [["sort-sources", "a.t,b.c,c.t"]]));
    const item = tally.result().items.find((t) => t.item.id.authored === "sort-sources");
    expect(item).toMatchObject({ answered: 3, right: 1 });
    expect(item?.chosen).toEqual([
      { id: "a", count: 3 },
      { id: "b", count: 2 },
      { id: "c", count: 3 },
      { id: "d", count: 2 },
    ]);
    expect(item && mostChosenWrong(item)).toBeUndefined();
  });

  it("keeps each learner's best attempt for the median", () => {
    const tally = new Tally([sample]);
    const all = (q1: string): Array<[string, string]> => [
      ["q1", q1],
      ["q2", "a,b"],
      ["q3", "a"],
    ];
    tally.add(attempt("ann", all("b"), { attempt: "1" }));
    tally.add(attempt("ann", all("a"), { attempt: "2" }));
    tally.add(attempt("bob", all("b")));
    // ann's best is 100, bob's 75 (3 of 4 weighting): median of the two is 87.5.
    expect(tally.result()).toMatchObject({ learners: 2, attempts: 3, medianScore: 87.5 });
  });
});

describe("versions", () => {
  it("reports an attempt against the version that knows its ids", () => {
    const tally = new Tally([v1, v2]);
    tally.add(
      attempt("ann", [
        ["q-keep", "a"],
        ["q-remove", "a"],
      ]),
    );
    tally.add(
      attempt("bob", [
        ["q-keep", "a"],
        ["q-new", "a"],
      ]),
    );
    const r = tally.result();
    expect(r.items.map((t) => `${t.version} ${t.item.id.authored} ${t.answered}`).sort()).toEqual([
      "1.0.0 q-keep 1",
      "1.0.0 q-remove 1",
      "1.1.0 q-keep 1",
      "1.1.0 q-new 1",
    ]);
    expect(r.unknown).toEqual([]);
  });

  it("uses the version the export names, and lists ids that version does not know", () => {
    const tally = new Tally([v1, v2]);
    tally.add(attempt("ann", [["q-remove", "a"]], { version: "1.1.0" }));
    expect(tally.result().unknown).toEqual([
      { id: "q-remove", option: undefined, against: "1.1.0", count: 1, files: ["x.csv"] },
    ]);
  });

  it("lists an id and an option no version knows instead of dropping them", () => {
    const tally = new Tally([v1, v2]);
    tally.add(
      attempt("ann", [
        ["q-keep", "z"],
        ["q-mystery", "a"],
      ]),
    );
    const unknown = tally.result().unknown.map((u) => [u.id, u.option]);
    expect(unknown).toContainEqual(["q-keep", "z"]);
    expect(unknown).toContainEqual(["q-mystery", undefined]);
  });

  it("orders versions newest first by number, not by text", () => {
    expect(["1.9.0", "1.10.0", "1.2.0"].sort(compareVersions)).toEqual([
      "1.10.0",
      "1.9.0",
      "1.2.0",
    ]);
  });
});

describe("the report page rules", () => {
  it("shows groups of 1 to 4 as fewer than 5, unless named", () => {
    expect([0, 1, 4, 5].map((n) => shownCount(n, false))).toEqual([
      "0",
      "fewer than 5",
      "fewer than 5",
      "5",
    ]);
    expect(shownCount(3, true)).toBe("3");
    expect(shownShare(3, 4, false)).toBe("fewer than 5 answered");
    expect(shownShare(4, 5, false)).toBe("80%");
  });

  it("puts the least often right question first and highlights the most chosen wrong option", () => {
    const tally = new Tally([courseVersionOf(sampleCourse())]);
    for (let i = 0; i < 6; i++) {
      tally.add(
        attempt(`l${i}`, [
          ["q1", i < 5 ? "a" : "c"],
          ["q3", i < 2 ? "a" : i < 5 ? "c" : "b"],
        ]),
      );
    }
    const ordered = leastRightFirst(tally.result().items);
    expect(ordered.map((t) => t.item.id.authored)).toEqual(["q3", "q1"]);
    expect(mostChosenWrong(ordered[0])).toEqual({ id: "c", count: 3 });
  });
});

describe("the report of a synthetic export", () => {
  for (const format of ["moodle", "long"] as const) {
    it(`counts exactly what a ${format} export of 300 attempts holds, ids in fallback form`, async () => {
      const path = join(dir, `synthetic-${format}.csv`);
      const truth = writeSyntheticExport(path, familyM, {
        attempts: 300,
        format,
        seed: 7,
        fallbackIds: true,
      });
      const tally = new Tally([courseVersionOf(familyM)]);
      await readExport(path, (a) => tally.add(a));
      const r = tally.result();
      expect(r).toMatchObject({ learners: 300, completed: 300, passed: truth.passed });
      expect(r.unknown).toEqual([]);
      for (const t of r.items) {
        expect(t.right, t.item.id.authored).toBe(truth.right.get(t.item.id.authored));
        expect(Object.fromEntries(t.chosen.map((c) => [c.id, c.count]))).toEqual(
          Object.fromEntries(truth.chosen.get(t.item.id.authored) ?? []),
        );
      }
    });
  }
});

describe("the report of the real Moodle export", () => {
  const out = join(dir, "moodle.html");
  const written = writeReport({
    files: ["tests/fixtures/lms-exports/moodle-4.4/interactions-scorm12.csv"],
    // The export was taken from 1.0.0, the version published then.
    courseDirs: ["course", "tests/fixtures/family-m-1.0.0"],
    out,
    named: false,
  }).then(() => readFileSync(out, "utf8"));

  it("names no learner and shows no email unless asked", async () => {
    const html = await written;
    for (const who of ["Pat Pass", "lpass@example.com", "Fran Fail", "example.com"]) {
      expect(html).not.toContain(who);
    }
    expect(html).toContain("Aggregate report: no names, emails or free text.");
  });

  it("puts q-forensics-wait (right in 1 of 5) first, with its most chosen wrong option's text", async () => {
    const html = await written;
    const first = html.slice(html.indexOf('<article class="question"'));
    expect(first.slice(0, first.indexOf("</article>"))).toMatch(
      /q-forensics-wait[\s\S]*20% right[\s\S]*Most chosen wrong answer:<\/strong> <span class="id">b<\/span>, “Agree, but ask for the case to be reviewed/,
    );
  });

  it("with --named, warns at the top and lists the learners", async () => {
    const named = join(dir, "named.html");
    await writeReport({
      files: ["tests/fixtures/lms-exports/moodle-4.4/interactions-scorm12.csv"],
      courseDirs: ["course", "tests/fixtures/family-m-1.0.0"],
      out: named,
      named: true,
    });
    const html = readFileSync(named, "utf8");
    const h1 = html.indexOf("</h1>");
    expect(html.slice(h1, h1 + 200)).toContain('<p class="warning" role="note">Named report');
    expect(html).toContain("Pat Pass &lt;lpass@example.com&gt;");
  });

  it("escapes learner text in a named report", () => {
    const tally = new Tally([courseVersionOf(sampleCourse())]);
    tally.add(attempt("<img src=x onerror=alert(1)>", [["q1", "a"]]));
    const html = reportHtml({
      course: sampleCourse(),
      tally: tally.result(),
      files: [{ file: "<b>x</b>.csv", format: "long", attempts: 1 }],
      named: true,
      madeOn: "2026-11-30",
    });
    expect(html).not.toContain("<img src=x");
    expect(html).not.toContain("<b>x</b>");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });
});
