import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Attempt } from "../../src/tools/report/attempt.js";
import { splitFields } from "../../src/tools/report/fields.js";
import { readExport } from "../../src/tools/report/read-export.js";
import { writeReport } from "../../src/tools/report/write-report.js";

// Copies of the real Moodle 4.4 downloads (see the README there).
const MOODLE = "tests/fixtures/lms-exports/moodle-4.4";
const moodle12 = join(MOODLE, "interactions-scorm12.csv");
const dir = mkdtempSync(join(tmpdir(), "report-parsers-"));
let n = 0;
/** A file with the given lines, written for one test. */
const file = (lines: string[], name = `export-${++n}.csv`) => {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join("\n")}\n`);
  return path;
};

async function read(path: string): Promise<Attempt[]> {
  const out: Attempt[] = [];
  await readExport(path, (a) => out.push(a));
  return out;
}

const LONG_HEAD = "learner,attempt,question id,response,result,time";

describe("fields of a line", () => {
  it("splits on the delimiter and keeps quoted delimiters and doubled quotes", () => {
    expect(splitFields('"Pat Pass"\tlpass@example.com\t1', "\t")).toEqual([
      "Pat Pass",
      "lpass@example.com",
      "1",
    ]);
    expect(splitFields('a,"b,c","say ""no""",', ",")).toEqual(["a", "b,c", 'say "no"', ""]);
  });

  it("reports a quote that is never closed", () => {
    expect(splitFields('a,"b,c', ",")).toBeUndefined();
  });
});

describe("Moodle 4.4's interactions report", () => {
  it("reads every attempt of the real SCORM 1.2 export, with learners who never started", async () => {
    const attempts = await read(moodle12);
    expect(attempts.filter((a) => a.started)).toHaveLength(5);
    expect(attempts.filter((a) => !a.started).map((a) => a.learner)).toEqual([
      "lpopup@example.com",
      "lead@example.com",
    ]);
    const pat = attempts[0];
    expect(pat.learnerLabel).toBe("Pat Pass <lpass@example.com>");
    expect(pat.answers).toHaveLength(13);
    expect(pat.answers[1]).toEqual({ id: "kc-finkelhor", response: ["a", "b", "d"] });
  });

  it("keeps both passes of a learner who tried again: 26 answers in Fran's row", async () => {
    const fran = (await read(moodle12)).find((a) => a.learner === "lfail@example.com");
    expect(fran?.answers).toHaveLength(26);
    expect(fran?.answers[0]).toEqual({ id: "kc-not-passive", response: ["a"] });
    expect(fran?.answers[13]).toEqual({ id: "kc-not-passive", response: ["b"] });
  });

  it("maps the fallback form (colons) back to the authored id", async () => {
    const text = readFileSync(moodle12, "utf8").replaceAll("kc-not-passive", "kc:not:passive");
    const attempts = await read(file([text.trimEnd()]));
    expect(attempts[0].answers[0].id).toBe("kc-not-passive");
  });

  it("says the SCORM 2004 export holds no interaction data, instead of an empty report", async () => {
    await expect(read(join(MOODLE, "interactions-scorm2004.csv"))).rejects.toThrow(
      /interactions-scorm2004\.csv: this export holds no interaction data; Moodle's course-wide interactions report shows SCORM 1\.2 only — use /,
    );
  });

  it("names the Interactions report when given the Basic or Objectives report", async () => {
    for (const name of ["basic-scorm12.csv", "objectives-scorm12.csv"]) {
      await expect(read(join(MOODLE, name))).rejects.toThrow(
        new RegExp(`${name}:1: .*expected the Interactions report`),
      );
    }
  });

  it("refuses an export re-saved with commas, saying Moodle writes tabs", async () => {
    const lines = readFileSync(moodle12, "utf8")
      .trimEnd()
      .split("\n")
      .map((l) => l.replaceAll("\t", ","));
    await expect(read(file(lines))).rejects.toThrow(
      /:1: columns are separated by commas; expected tabs, as Moodle's "CSV" download writes them/,
    );
  });

  it("refuses an export in another language, asking for English column names", async () => {
    const french = [
      'Nom\t"Adresse de courriel"\tTentative\t"Commencé le"\t"Dernier accès le"\tNote\tQuestion 0\tRéponse 0',
      '"Pat Pass"\tlpass@example.com\t1\t-\t-\t84\tkc-not-passive\tb',
    ];
    await expect(read(file(french))).rejects.toThrow(
      /:1: the column names \("nom", "adresse de courriel", "tentative" …\) are not Moodle's English ones .*language set to English/,
    );
  });

  it("refuses a report whose responses are switched off", async () => {
    const lines = [
      'Name\t"Email address"\tAttempt\t"Question 0"\t"Result 0"',
      '"Pat Pass"\tlpass@example.com\t1\tkc-not-passive\tcorrect',
    ];
    await expect(read(file(lines))).rejects.toThrow(
      /:1: the "Response 0", "Response 1" … columns are missing/,
    );
  });
});

describe("Moodle 4.4's interactions report of Family M 1.1.0, with each set of options", () => {
  // Real downloads (see the README there): the default options, and all four options on.
  const REAL = "tests/fixtures/lms-exports/moodle-4.4-family-m-1.1.0";
  const allOptions = join(REAL, "interactions-scorm12-all-options.csv");
  const rows = () => readFileSync(allOptions, "utf8").trimEnd().split("\n");
  /** The all-options download as Moodle writes it with only the given kinds of column shown. */
  const withOnly = (kinds: readonly string[]) => {
    const cells = rows().map((l) => l.split("\t"));
    const keep = cells[0].map((name) => {
      const m = /^"?(Question|Response|Right answer|Result) \d+"?$/.exec(name);
      return !m || kinds.includes(m[1]);
    });
    return file(cells.map((c) => c.filter((_, i) => keep[i]).join("\t")));
  };

  it("names the options to turn on for the default download, instead of blaming another report", async () => {
    const error = read(join(REAL, "interactions-scorm12-default-options.csv"));
    await expect(error).rejects.toThrow(
      /default-options\.csv:1: this Interactions report was downloaded with Moodle's default options: .*cannot be matched to questions; in the Interactions report, under "Preferences just for this page", tick "Summary of question" and "Summary of responses"/,
    );
    await expect(error).rejects.not.toThrow(/Basic or Objectives/);
  });

  it("reads the all-options download: every learner's answers under their question ids", async () => {
    const attempts = await read(allOptions);
    expect(attempts.filter((a) => a.started).map((a) => [a.learner, a.answers.length])).toEqual([
      ["alice@example.com", 21],
      ["bob@example.com", 21],
      ["carol@example.com", 21],
      ["dan@example.com", 21],
      // Erin left mid-course: her row ends early.
      ["erin@example.com", 10],
    ]);
    const bob = attempts.find((a) => a.learner === "bob@example.com");
    expect(bob?.answers.find((a) => a.id === "kc-not-passive")?.response).toEqual(["a"]);
    expect(bob?.answers.find((a) => a.id === "kc-finkelhor")?.response).toEqual(["a", "b", "d"]);
  });

  it("reads the same answers whether right answers and results are shown or not", async () => {
    const all = (await read(allOptions)).map((a) => a.answers);
    for (const kinds of [
      ["Question", "Response"],
      ["Question", "Response", "Result"],
      ["Question", "Response", "Right answer"],
    ]) {
      expect((await read(withOnly(kinds))).map((a) => a.answers)).toEqual(all);
    }
  });

  it("asks for the responses when only questions are shown", async () => {
    await expect(read(withOnly(["Question", "Result"]))).rejects.toThrow(
      /:1: the "Response 0", "Response 1" … columns are missing; in the Interactions report, .*tick "Summary of question" and "Summary of responses"/,
    );
  });

  it("still names the Interactions report for the Basic and Objectives downloads", async () => {
    for (const name of ["basic-scorm12.csv", "objectives-scorm12.csv"]) {
      await expect(read(join(REAL, name))).rejects.toThrow(
        new RegExp(
          `${name}:1: .*\\(the Basic or Objectives report\\?\\); expected the Interactions report .*"Summary of question"`,
        ),
      );
    }
  });

  it("writes a report of the all-options download against the course it was made with", async () => {
    const out = join(dir, "family-m-1.1.0.html");
    const [summary] = await writeReport({
      files: [allOptions],
      // The version it was made with, as published (course/ is a later version now).
      courseDirs: ["tests/fixtures/family-m-1.1.0"],
      out,
      named: false,
    });
    expect(summary).toMatchObject({ format: "moodle", attempts: 5, answers: 94 });
    expect(readFileSync(out, "utf8")).not.toContain("Answers no course version knows");
  });
});

describe("the long CSV", () => {
  it("gathers one row per answer into attempts, with quoted and SCORM 2004 style responses", async () => {
    const attempts = await read(
      file([
        LONG_HEAD,
        'ann,1,kc-finkelhor,"a,b,d",correct,2026-11-30T10:00:00Z',
        'bob,1,kc-finkelhor,"a[,]c",wrong,',
        "ann,1,kc:not:passive,b,correct,",
      ]),
    );
    expect(attempts.map((a) => [a.learner, a.answers])).toEqual([
      [
        "ann",
        [
          { id: "kc-finkelhor", response: ["a", "b", "d"] },
          { id: "kc-not-passive", response: ["b"] },
        ],
      ],
      ["bob", [{ id: "kc-finkelhor", response: ["a", "c"] }]],
    ]);
  });

  it("reads the version column when there is one", async () => {
    const [a] = await read(file([`${LONG_HEAD},version`, "ann,1,q-keep,a,correct,,1.1.0"]));
    expect(a.version).toBe("1.1.0");
  });

  it("names the missing columns", async () => {
    await expect(
      read(file(["learner,attempt,question id,result", "ann,1,q,correct"])),
    ).rejects.toThrow(
      /:1: the long CSV is missing the columns "response", "time"; expected the header learner,attempt,question id,response,result,time/,
    );
  });

  it("refuses semicolons, saying the long CSV is comma-separated", async () => {
    await expect(
      read(file([LONG_HEAD.replaceAll(",", ";"), "ann;1;q;a;correct;"])),
    ).rejects.toThrow(/:1: columns are separated by semicolons; the long CSV is comma-separated/);
  });

  it("names the line of a row with the wrong number of fields", async () => {
    await expect(read(file([LONG_HEAD, "ann,1,kc-finkelhor,a,b,d,correct,"]))).rejects.toThrow(
      /:2: 8 fields, expected 6; a response with several options needs quotes \("a,b"\)/,
    );
  });

  it("names the line of an unclosed quote and of an empty learner", async () => {
    await expect(read(file([LONG_HEAD, 'ann,1,q,"a,b,correct,']))).rejects.toThrow(
      /:2: a quote is opened and never closed/,
    );
    await expect(read(file([LONG_HEAD, ",1,q,a,correct,"]))).rejects.toThrow(
      /:2: "learner" is empty/,
    );
  });
});

describe("an export whose quoted cells hold line breaks (valid CSV)", () => {
  // Hand-written (see the README there): the question text kept as a multi-line column.
  const multiLine =
    "tests/fixtures/lms-exports/long-csv-multi-line/interactions-with-descriptions.csv";
  const expected = [
    {
      learner: "learner-021",
      line: 2,
      version: "1.1.0",
      answers: [
        { id: "kc-not-passive", response: ["b"] },
        { id: "kc-finkelhor", response: ["a", "b", "d"] },
        { id: "kc-generalist-role", response: ["b"] },
      ],
    },
    {
      learner: "learner-022",
      line: 10,
      version: "1.1.0",
      answers: [
        { id: "kc-not-passive", response: ["a"] },
        { id: "kc-finkelhor", response: ["a", "c"] },
      ],
    },
  ];
  const shape = (attempts: Attempt[]) =>
    attempts.map(({ learner, line, version, answers }) => ({ learner, line, version, answers }));

  it("reads every row whole, each attempt at the line its first row starts on", async () => {
    expect(shape(await read(multiLine))).toEqual(expected);
  });

  it("reads the same values from the file saved with Windows line ends (CRLF inside cells too)", async () => {
    const crlf = readFileSync(multiLine, "utf8").trimEnd().split("\n").join("\r\n");
    const path = join(dir, "crlf.csv");
    writeFileSync(path, `${crlf}\r\n`);
    expect(shape(await read(path))).toEqual(expected);
  });

  it("names the line a bad row starts on, counting the lines of the cells above it", async () => {
    const text = readFileSync(multiLine, "utf8").trimEnd();
    await expect(
      read(file([text, "learner-023,1,kc-finkelhor,a,b,d,wrong,,1.1.0"])),
    ).rejects.toThrow(
      /:14: 9 fields, expected 8; a response with several options needs quotes \("a,b"\)/,
    );
    await expect(
      read(
        file([
          text,
          'learner-023,1,kc-finkelhor,"Which of these,a,wrong,,1.1.0',
          "learner-024,1,q,a,,,",
        ]),
      ),
    ).rejects.toThrow(/:14: a quote is opened and never closed; a quoted cell may span lines/);
  });

  it("reads a Moodle export whose quoted cell holds a line break, keeping the rows after it", async () => {
    const lines = readFileSync(moodle12, "utf8").trimEnd().split("\n");
    const plain = await read(moodle12);
    const broken = await read(
      file([lines[0], lines[1].replace('"Pat Pass"', '"Pat\nPass"'), ...lines.slice(2)]),
    );
    expect(broken[0].learnerLabel).toBe("Pat\nPass <lpass@example.com>");
    expect(broken.map((a) => a.answers)).toEqual(plain.map((a) => a.answers));
    expect(broken.slice(1).map((a) => a.line)).toEqual(plain.slice(1).map((a) => a.line + 1));
  });

  it("writes a report of it against the course, every id one the course knows", async () => {
    const out = join(dir, "multi-line.html");
    const [summary] = await writeReport({
      files: [multiLine],
      // Its rows are of 1.1.0: that version's folder, with the course as it is now.
      courseDirs: ["course", "tests/fixtures/family-m-1.1.0"],
      out,
      named: false,
    });
    expect(summary).toMatchObject({ format: "long", attempts: 2, answers: 5 });
    expect(readFileSync(out, "utf8")).not.toContain("Answers no course version knows");
  });
});

describe("the long CSV example in the README", () => {
  it("is read as documented, and every id in it is one the course knows", async () => {
    const readme = readFileSync("README.md", "utf8");
    const example = /```csv\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
    const out = join(dir, "example.html");
    await writeReport({
      files: [file(example.trimEnd().split("\n"))],
      // The example is of learners on 1.0.0, the version published then.
      courseDirs: ["course", "tests/fixtures/family-m-1.0.0"],
      out,
      named: false,
    });
    const attempts = await read(file(example.trimEnd().split("\n")));
    expect(attempts.map((a) => [a.learner, a.version, a.answers.length])).toEqual([
      ["learner-017", "1.0.0", 3],
      ["learner-018", "1.0.0", 1],
    ]);
    expect(attempts[1].answers[0]).toEqual({ id: "kc-not-passive", response: ["a"] });
    expect(readFileSync(out, "utf8")).not.toContain("Answers no course version knows");
  });
});

describe("any file", () => {
  it("says a missing file cannot be read", async () => {
    await expect(read(join(dir, "nowhere.csv"))).rejects.toThrow(
      /nowhere\.csv: cannot be read \(no such file\)/,
    );
  });

  it("says an empty file or a file of something else is not an export", async () => {
    await expect(read(file([]))).rejects.toThrow(
      /: is empty; expected Moodle's interactions report/,
    );
    await expect(read(file(["hello world", "nothing here"]))).rejects.toThrow(
      /:1: not a report this tool reads; expected Moodle's interactions report/,
    );
  });
});

describe("npm run report on bad input", () => {
  it("refuses an export of another course and writes nothing", async () => {
    const out = join(dir, "other.html");
    const other = file([LONG_HEAD, "ann,1,q-bake-bread,a,correct,", "bob,1,q-knead,b,wrong,"]);
    await expect(
      writeReport({ files: [other], courseDirs: ["course"], out, named: false }),
    ).rejects.toThrow(
      /none of its question ids is in course family-m \(versions 1\.2\.0\); is it an export of another course\?/,
    );
    expect(existsSync(out)).toBe(false);
  });

  it("says when the report cannot be written where --out points", async () => {
    await expect(
      writeReport({
        files: [moodle12],
        courseDirs: ["course"],
        out: join(dir, "no-such-folder", "r.html"),
        named: false,
      }),
    ).rejects.toThrow(
      /no-such-folder\/r\.html: cannot write the report \(ENOENT\); give --out a path in a folder that exists/,
    );
  });

  it("exits 1 with one line naming the file, and leaves no report", () => {
    const out = join(dir, "cli.html");
    const run = spawnSync(
      "npx",
      ["tsx", "scripts/report.ts", join(MOODLE, "interactions-scorm2004.csv"), "--out", out],
      { encoding: "utf8" },
    );
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toContain(
      "interactions-scorm2004.csv: this export holds no interaction data",
    );
    expect(existsSync(out)).toBe(false);
  }, 30_000);
});
