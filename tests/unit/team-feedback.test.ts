/**
 * The team feedback sheets a board collects, as `npm run report -- --feedback <folder>` reads
 * them: each file checked (a wrong file stops the report with one line naming it, nothing
 * written), counted by agency and by change named, and shown in "How teams used this learning",
 * the teams' own words only in a named report. Also the session's steps from a plan.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCourse } from "../../src/compiler/course/loader.js";
import {
  changesOf,
  sessionSteps,
  teamSessionData,
} from "../../src/compiler/team-pack/team-session-data.js";
import {
  checkFeedback,
  FEEDBACK_FORMAT,
  FEEDBACK_FORMAT_VERSION,
  feedbackFileName,
  type TeamFeedback,
} from "../../src/team-session/feedback.js";
import { ExportError } from "../../src/tools/report/attempt.js";
import { readFeedbackFolders, tallyFeedback } from "../../src/tools/report/team-feedback.js";
import { writeReport } from "../../src/tools/report/write-report.js";

const familyM = loadCourse("course");
const course = familyM.course;
const changes = changesOf(course);
const dir = mkdtempSync(join(tmpdir(), "team-feedback-"));

function sheet(over: Partial<TeamFeedback> = {}): TeamFeedback {
  return {
    format: FEEDBACK_FORMAT,
    formatVersion: FEEDBACK_FORMAT_VERSION,
    course: { id: course.id, version: course.version },
    plan: 45,
    date: "2026-12-01",
    agency: "social-care",
    teamSize: 8,
    discussed: "",
    changes: [],
    otherChange: "",
    needs: "",
    ...over,
  };
}

/** A new folder holding these files (name → JSON value, or raw text). */
function folder(files: Record<string, unknown>): string {
  const f = mkdtempSync(join(dir, "sheets-"));
  for (const [name, value] of Object.entries(files))
    writeFileSync(join(f, name), typeof value === "string" ? value : JSON.stringify(value));
  return f;
}

const three = () =>
  folder({
    "a.json": sheet({
      agency: "social-care",
      changes: [changes[0], changes[1]],
      needs: "Faster forensic results from the police.",
      discussed: "Talked about Mrs Example's case.",
    }),
    "b.json": sheet({
      agency: "police",
      plan: 90,
      date: "2026-12-03",
      teamSize: null,
      changes: [changes[1]],
      otherChange: "Share bail conditions with schools.",
    }),
    "c.json": sheet({ agency: "social-care", teamSize: 5, changes: [changes[1], changes[3]] }),
    // Not a sheet's ending: left alone, as a board's folder may hold notes beside the sheets.
    "notes.txt": "collected by the board's office",
  });

describe("a team feedback sheet's file", () => {
  it("is named after the course, its version and the day", () => {
    expect(feedbackFileName(course, "2026-12-03")).toBe(
      `family-m-${course.version}-team-feedback-2026-12-03.json`,
    );
  });

  it("is accepted as the session writes it", () => {
    expect(checkFeedback(sheet(), course.id)).toEqual({ sheet: sheet() });
  });

  it("is refused with what was expected: wrong marker, newer version, other course, bad fields", () => {
    const expected = (v: unknown) => {
      const r = checkFeedback(v, course.id);
      return "expected" in r ? r.expected : "accepted";
    };
    expect(expected({ ...sheet(), format: "something-else" })).toContain(
      `"format": "${FEEDBACK_FORMAT}"`,
    );
    expect(expected([sheet()])).toContain("a team feedback sheet");
    expect(expected({ ...sheet(), formatVersion: 2 })).toContain('"formatVersion": 1, found 2');
    expect(expected(sheet({ course: { id: "other-course", version: "1.0.0" } }))).toBe(
      "a sheet of course family-m, found one of course other-course: report each course apart (give its folder with --course)",
    );
    expect(expected({ ...sheet(), agency: "the council" })).toContain(
      '"agency", one of social-care',
    );
    expect(expected({ ...sheet(), teamSize: 0 })).toContain('"teamSize"');
    expect(expected({ ...sheet(), date: "3/12/2026" })).toContain("YYYY-MM-DD");
    expect(expected({ ...sheet(), changes: ["risk-images"] })).toContain('"changes"');
    expect(expected({ ...sheet(), needs: undefined })).toContain('"needs"');
  });
});

describe("reading a folder of sheets", () => {
  it("reads every .json file, in name order", () => {
    const read = readFeedbackFolders([three()], course.id);
    expect(read.map((r) => r.file.split("/").at(-1))).toEqual(["a.json", "b.json", "c.json"]);
  });

  it("stops at a bad file with one line naming it and what was expected", () => {
    const f = folder({ "a.json": sheet(), "b.json": { ...sheet(), format: "x" } });
    expect(() => readFeedbackFolders([f], course.id)).toThrow(
      new ExportError(
        `${join(f, "b.json")}: expected a team feedback sheet saved by the team session (a JSON object with "format": "${FEEDBACK_FORMAT}")`,
      ),
    );
    const g = folder({ "a.json": "{ not json" });
    expect(() => readFeedbackFolders([g], course.id)).toThrow(
      `${join(g, "a.json")}: not JSON; expected a team feedback sheet`,
    );
  });

  it("refuses an empty folder and a path that is no folder", () => {
    const empty = folder({ "readme.txt": "nothing yet" });
    expect(() => readFeedbackFolders([empty], course.id)).toThrow(
      `${empty}: no team feedback sheets in it; expected .json files saved by the team session`,
    );
    expect(() => readFeedbackFolders([join(dir, "missing")], course.id)).toThrow(
      "not a folder; --feedback names a folder",
    );
  });
});

describe("counting the sheets", () => {
  it("counts by agency, by change named in the course's words, by plan, and the free text given", () => {
    const t = tallyFeedback(readFeedbackFolders([three()], course.id), changes);
    expect(t.sheets).toBe(3);
    expect(Object.fromEntries(t.byAgency.map((a) => [a.id, a.count]))).toMatchObject({
      "social-care": 2,
      police: 1,
      health: 0,
    });
    expect(t.byChange.map((c) => [c.text, c.count])).toEqual([
      [changes[0].text, 1],
      [changes[1].text, 3],
      [changes[2].text, 0],
      [changes[3].text, 1],
    ]);
    expect(t.byPlan).toEqual([
      { minutes: 45, count: 2 },
      { minutes: 90, count: 1 },
    ]);
    expect([t.from, t.to, t.needs, t.otherChanges, t.discussed]).toEqual([
      "2026-12-01",
      "2026-12-03",
      1,
      1,
      1,
    ]);
    expect([t.people, t.sized]).toEqual([13, 2]);
  });

  it("keeps a change the course does not name, with the sheet's own words, apart", () => {
    const old = { id: "old-theme", text: "A key message of another version" };
    const t = tallyFeedback(
      readFeedbackFolders([folder({ "a.json": sheet({ changes: [old, changes[0]] }) })], course.id),
      changes,
    );
    expect(t.byChange.at(-1)).toEqual({ ...old, count: 1, inCourse: false });
    expect(t.byChange.filter((c) => c.inCourse).map((c) => c.count)).toEqual([1, 0, 0, 0]);
  });
});

describe("the report's section from three sheets", () => {
  const html = async (named: boolean, files: string[] = []) => {
    const out = join(dir, `report-${named}-${files.length}.html`);
    const summary = await writeReport({
      files,
      courseDirs: ["course"],
      out,
      named,
      feedback: [three()],
      madeOn: "2026-12-03",
    });
    expect(summary.sheets).toBe(3);
    return readFileSync(out, "utf8");
  };

  it("counts sheets, agencies and changes, without any team's words", async () => {
    const page = await html(false);
    const section = page.slice(page.indexOf('<h2 id="teams">'));
    expect(section).toContain(
      "3 team feedback sheets, saved by the team session from 2026-12-01 to 2026-12-03",
    );
    expect(section).toContain(
      '<tr><th scope="row">Children&#39;s social care</th><td class="n">2</td></tr>',
    );
    expect(section).toContain('<tr><th scope="row">Police</th><td class="n">1</td></tr>');
    expect(section).toContain(
      `<tr><th scope="row">${changes[1].text}</th><td class="n">3</td></tr>`,
    );
    expect(section).toContain(
      "1 of the 3 sheets says what the team needs from the partnership; 1 says what the team discussed.",
    );
    for (const words of ["Faster forensic", "Mrs Example", "bail conditions"])
      expect(page).not.toContain(words);
  });

  it("with --named, shows each team's words, escaped", async () => {
    const page = await html(true);
    expect(page).toContain("Faster forensic results from the police.");
    expect(page).toContain("Talked about Mrs Example&#39;s case.");
    expect(page).toContain("Share bail conditions with schools.");
  });

  it("joins an LMS export's report", async () => {
    const out = join(dir, "joined.html");
    await writeReport({
      files: ["tests/fixtures/lms-exports/moodle-4.4/interactions-scorm12.csv"],
      courseDirs: ["course", "tests/fixtures/family-m-1.0.0"],
      out,
      named: false,
      feedback: [three()],
    });
    const joined = readFileSync(out, "utf8");
    expect(joined).toContain('<h2 id="questions">');
    expect(joined).toContain('<h2 id="teams">How teams used this learning</h2>');
  });

  it("writes nothing when a sheet is bad", async () => {
    const out = join(dir, "bad.html");
    const bad = folder({ "a.json": sheet({ course: { id: "other", version: "1.0.0" } }) });
    await expect(
      writeReport({ files: [], courseDirs: ["course"], out, named: false, feedback: [bad] }),
    ).rejects.toThrow(`${join(bad, "a.json")}: expected a sheet of course family-m`);
    expect(existsSync(out)).toBe(false);
  });
});

describe("the team session's steps", () => {
  const ids = ["d1", "d2", "d3"];
  const step = (minutes: number, decisions: string[] = []) => ({
    minutes,
    activityHtml: `${minutes} min`,
    decisions,
  });

  it("walks Family M's 45-minute plan: warning, summary, its four decisions, key messages, sheet", () => {
    const data = teamSessionData(course, familyM.team);
    const steps = data.plans["45"];
    expect(steps.map((s) => (s.kind === "decision" ? s.decision : s.kind))).toEqual([
      "warning",
      "summary",
      "hill-forensics",
      "hill-protect",
      "hill-escalate",
      "hill-assurance",
      "points",
      "sheet",
    ]);
    // Each decision has its share of the case's 25 minutes; the whole adds up to the plan.
    expect(steps.reduce((n, s) => n + (s.seconds ?? 0), 0)).toBe(45 * 60);
    expect(data.plans["90"].some((s) => s.kind === "activity")).toBe(true);
  });

  it("times each part from the plan, and counts up where the plan gives no time", () => {
    const steps = sessionSteps([step(5), step(30, ["d1", "d2"]), step(10)], ids);
    expect(steps.map((s) => [s.kind, s.seconds])).toEqual([
      ["warning", 300],
      ["summary", undefined],
      ["decision", 900],
      ["decision", 900],
      ["points", undefined],
      ["sheet", 600],
    ]);
  });

  it("still walks every decision when the plan names none", () => {
    const steps = sessionSteps([step(5), step(5), step(20), step(10), step(5)], ids);
    expect(steps.map((s) => (s.kind === "decision" ? s.decision : s.kind))).toEqual([
      "warning",
      "summary",
      "activity",
      "d1",
      "d2",
      "d3",
      "points",
      "sheet",
    ]);
  });

  it("gives a course without team.md a session from its case and themes", () => {
    const every = loadCourse("tests/fixtures/every-block");
    expect(existsSync("tests/fixtures/every-block/team.md")).toBe(false);
    const data = teamSessionData(every.course);
    expect(data.decisions.length).toBeGreaterThan(0);
    expect(data.decisions.every((d) => d.askHtml.length > 0)).toBe(true);
    expect(data.changes.map((c) => c.id)).toEqual(every.course.themes.map((t) => t.id));
    for (const len of ["45", "90"]) {
      expect(data.plans[len][0].kind).toBe("warning");
      expect(data.plans[len].at(-1)?.kind).toBe("sheet");
    }
  });
});
