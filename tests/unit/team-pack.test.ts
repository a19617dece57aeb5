/**
 * The facilitator pack: what a team manager would check before running a session from it (the
 * plans add up, every decision of the case is there with its best option, the support, the front
 * door, the feedback sheet), for Family M with its team.md and for fixtures without one; and the
 * team.md reader's problems, each at its file and line.
 */
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { textOf } from "../../src/compiler/answer-key/scored-items.js";
import { loadCourse } from "../../src/compiler/course/loader.js";
import { readTeamText, type TeamContent } from "../../src/compiler/team-pack/team-md.js";
import {
  DEFAULT_ASK,
  FEEDBACK_QUESTIONS,
  teamPackHtml,
  teamPackName,
} from "../../src/compiler/team-pack/team-pack.js";
import type { Course } from "../../src/course/model.js";
import { formatProblem } from "../../src/loading/problems.js";
import { courseCopy, problemsIn } from "../helpers/course-folder.js";

const familyM = loadCourse("course");
const everyBlock = loadCourse("tests/fixtures/every-block");
const tiny = loadCourse("tests/fixtures/tiny-course");

/** The visible text of a part of the page: what a reader of the printed pack sees. */
const seen = (html: string) => textOf(html.replace(/<style>[\s\S]*?<\/style>/, ""));

/** The section with this id, as HTML. */
function section(html: string, id: string): string {
  const start = html.indexOf(`<section class="part" aria-labelledby="${id}">`);
  expect(start, `the pack has a section "${id}"`).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf("</section>", start));
}

/** The minutes column of a session plan's table, row by row, and the total it prints. */
function planMinutes(html: string, length: number): { rows: number[]; total: string } {
  const start = html.indexOf(`<h3 id="plan-${length}">`);
  const table = html.slice(start, html.indexOf("</table>", start));
  const rows = [...table.matchAll(/<tr><td class="n">\d+–\d+<\/td><td class="n">(\d+)<\/td>/g)].map(
    (m) => Number(m[1]),
  );
  const total = /Total<\/th><td><strong>(\d+) minutes/.exec(table)?.[1] ?? "";
  return { rows, total };
}

/** Every decision of the course's walked cases: its id, its question and its best option's words. */
function decisions(course: Course) {
  return course.modules.flatMap((m) =>
    m.blocks.flatMap((b) =>
      b.kind === "branching"
        ? b.scenes
            .filter((s) => s.options.length > 0)
            .map((s) => ({
              id: `${b.id}-${s.id}`,
              question: s.questionText ?? "",
              best: textOf(s.options.find((o) => o.best)?.html ?? ""),
              others: s.options.filter((o) => !o.best).map((o) => textOf(o.html)),
            }))
        : [],
    ),
  );
}

function expectUsablePack(course: Course, team?: TeamContent) {
  const html = teamPackHtml(course, team);
  // Self-contained: no script, and nothing fetched (no src, no stylesheet link).
  expect(html).not.toMatch(/<script|\ssrc=|<link/);
  expect(html).toMatch(/<html lang="en-GB">/);
  // Both plans fill their time exactly, row by row.
  for (const length of [45, 90]) {
    const { rows, total } = planMinutes(html, length);
    expect(rows.length, `the ${length}-minute plan has steps`).toBeGreaterThan(0);
    expect(rows.reduce((a, b) => a + b, 0)).toBe(length);
    expect(total).toBe(String(length));
  }
  // The case: its content warning and support, as the course renders them.
  const caseText = seen(section(html, "case"));
  expect(caseText).toContain(textOf(course.contentWarningHtml));
  expect(caseText).toContain(textOf(course.supportHtml));
  // Every decision, with its options and, under "What good looks like", the best one.
  const steps = section(html, "decisions");
  for (const d of decisions(course)) {
    const start = steps.indexOf(`id="decision-${d.id}"`);
    expect(start, `decision ${d.id} is in the pack`).toBeGreaterThan(-1);
    const article = steps.slice(start, steps.indexOf("</article>", start));
    expect(seen(article)).toContain(d.question);
    for (const other of d.others) expect(seen(article)).toContain(other);
    const good = article.slice(article.indexOf("<h4>What good looks like</h4>"));
    expect(seen(good)).toContain(`Best choice`);
    expect(seen(good)).toContain(d.best);
  }
  // The feedback sheet's three questions, each with a box to write in, and agency and date.
  const sheet = section(html, "feedback");
  for (const q of FEEDBACK_QUESTIONS) expect(sheet).toContain(`. ${q}</h3>\n<div class="box">`);
  expect(seen(sheet)).toMatch(/Agency and team:.*Date:/);
  // Headings in order: one h1, and no level skipped on the way down.
  const levels = [...html.matchAll(/<h([1-6])\b/g)].map((m) => Number(m[1]));
  expect(levels.filter((l) => l === 1)).toHaveLength(1);
  levels.forEach((l, i) => {
    if (i > 0)
      expect(l - levels[i - 1], `heading ${i} after h${levels[i - 1]}`).toBeLessThanOrEqual(1);
  });
  // Every table says what it holds.
  expect(html.match(/<table\b/g)?.length).toBe(html.match(/<caption>/g)?.length);
  return html;
}

describe("the team pack for Family M (with team.md)", () => {
  const html = expectUsablePack(familyM.course, familyM.team);

  it("is named beside the zips by course id and version", () => {
    expect(teamPackName(familyM.course)).toBe(`family-m-${familyM.course.version}-team-pack.html`);
  });

  it("walks all eight decisions of the Hill family's case, and says the family is invented", () => {
    expect(decisions(familyM.course)).toHaveLength(8);
    const steps = seen(section(html, "decisions"));
    expect(steps).toContain("The Hill family");
    expect(steps).toMatch(/not the real family's/);
    expect(seen(section(html, "plan"))).toContain("invented, not Family M");
  });

  it("gives team.md's questions and what the review found, not the defaults", () => {
    const steps = section(html, "decisions");
    const forensics = steps.slice(steps.indexOf('id="decision-hill-forensics"'));
    expect(seen(forensics.slice(0, forensics.indexOf("</article>")))).toContain(
      "What can we assess now, before the forensic results come back?",
    );
    expect(seen(forensics)).toContain(
      "professionals did not effectively risk assess neither the perpetrator nor Mother's ability to protect",
    );
    expect(steps).not.toContain(DEFAULT_ASK[0]);
  });

  it("plans four decisions in 45 minutes and all eight in 90", () => {
    expect(familyM.team?.plans[45]?.flatMap((s) => s.decisions)).toHaveLength(4);
    expect(new Set(familyM.team?.plans[90]?.flatMap((s) => s.decisions))).toEqual(
      new Set(decisions(familyM.course).map((d) => d.id)),
    );
  });

  it("gives the case summary in the briefing's words, with its gaps", () => {
    const summary = seen(section(html, "case"));
    expect(summary).toContain(
      "An initial child protection conference for the children was planned but then cancelled",
    );
    expect(summary).toContain("which of the children was abused");
    expect(summary).toContain("Responsibility for the abuse lies with");
  });

  it("prints Wiltshire's front door, escalation policy and procedures", () => {
    const local = seen(section(html, "local"));
    const l = familyM.course.local;
    expect(l?.frontDoor).toBeDefined();
    expect(local).toContain(`${l?.frontDoor?.name}, ${l?.frontDoor?.phone}`);
    expect(local).toContain(l?.escalationPolicy?.name ?? "?");
    expect(local).toContain(l?.procedures?.link ?? "?");
    expect(local).toContain(l?.partnership ?? "?");
  });

  it("gives each theme's key points, and supervision prompts for one-to-one use", () => {
    const points = seen(section(html, "points"));
    for (const t of familyM.course.themes) expect(points).toContain(t.title);
    // The placeholder in team.md became the partnership's policy.
    expect(points).toContain(familyM.course.local?.escalationPolicy?.name ?? "?");
    expect(points).not.toContain("{{");
    expect(section(html, "supervision").match(/<li>/g)?.length).toBeGreaterThanOrEqual(5);
  });
});

describe("the team pack of a course without team.md", () => {
  it("gives every-block's case with default questions, and themes as key points", () => {
    expect(everyBlock.team).toBeUndefined();
    const html = expectUsablePack(everyBlock.course);
    const steps = seen(section(html, "decisions"));
    for (const q of DEFAULT_ASK) expect(steps).toContain(q);
    const points = seen(section(html, "points"));
    for (const t of everyBlock.course.themes) {
      expect(points).toContain(t.title);
      expect(points).toContain(t.objective);
    }
    // No local settings: the facilitator writes them in.
    const local = section(html, "local");
    expect(seen(local)).toContain("write yours in before the session");
    expect(local).toContain('<span class="fill">');
    expect(seen(section(html, "supervision"))).toContain("Which part of this case stayed with you");
  });

  it("gives a course with no walked case a plan and a discussion without decisions", () => {
    const html = expectUsablePack(tiny.course);
    expect(seen(section(html, "decisions"))).toContain("This course has no walked case");
    expect(seen(section(html, "case"))).toContain(
      "If you need help, ask the person who sent you this course.",
    );
  });
});

describe("reading team.md", () => {
  const read = (text: string, course = everyBlock.course) => {
    const problems: Parameters<typeof readTeamText>[3] = [];
    const team = readTeamText(text, "course/team.md", course, problems);
    return { team, problems: problems.map(formatProblem) };
  };

  it("reads plans, decision notes, key points, supervision and the summary", () => {
    const { team, problems } = read(`---
session_45:
  - minutes: 40
    activity: "Walk the case: **both** decisions"
    decisions: [walk-monday, walk-referral]
  - minutes: 5
    activity: The feedback sheet
decisions:
  - decision: walk-monday
    ask:
      - What would you write down?
    review_found: The review found the first account was lost.
key_points:
  - theme: voice
    points: [Record the child's own words]
supervision:
  - When did a child last tell you something?
---
## The case

Sam's school saw a bruise.
`);
    expect(problems).toEqual([]);
    expect(team?.plans[45]?.map((s) => s.minutes)).toEqual([40, 5]);
    expect(team?.plans[45]?.[0]).toMatchObject({
      activityHtml: "Walk the case: <strong>both</strong> decisions",
      decisions: ["walk-monday", "walk-referral"],
    });
    expect(team?.plans[90]).toBeUndefined();
    expect(team?.decisions["walk-monday"]).toEqual({
      ask: ["What would you write down?"],
      reviewFoundHtml: "<p>The review found the first account was lost.</p>",
    });
    expect(team?.keyPoints).toEqual([{ theme: "voice", points: ["Record the child's own words"] }]);
    expect(team?.supervision).toEqual(["When did a child last tell you something?"]);
    expect(team?.summaryHtml).toContain("Sam's school saw a bruise.");
    // The plan it does not give (90 minutes) is the default, and both still add up.
    expectUsablePack(everyBlock.course, team);
  });

  it("names each mistake at its line, with the fix (a misspelt key once, not also as missing)", () => {
    const { problems } = read(`---
session_45:
  - minutes: 30
    activity: Walk the case
    decisions: [walk-mondy]
  - minutes: 10
    activty: Feedback
decisions:
  - decision: walk-referal
    ask: [What is shared?]
key_points:
  - theme: voices
    points: [One]
supervison:
  - A prompt
---
<b>Bold</b> is HTML.
`);
    expect(problems).toEqual([
      'course/team.md:5: "walk-mondy" is not a decision of the walked case: did you mean "walk-monday"? the decisions are walk-monday, walk-referral (the case\'s id, a hyphen and the scene\'s id, as the LMS reports them)',
      'course/team.md:7: unknown setting "activty" in a step of "session_45": did you mean "activity"?',
      'course/team.md:9: "walk-referal" is not a decision of the walked case: did you mean "walk-referral"? the decisions are walk-monday, walk-referral (the case\'s id, a hyphen and the scene\'s id, as the LMS reports them)',
      'course/team.md:12: "voices" is not a theme in course.yaml: did you mean "voice"? the themes are sharing, voice',
      'course/team.md:14: unknown setting "supervison" in team.md: did you mean "supervision"?',
      'course/team.md:17: raw HTML <b> is not allowed in team.md: write Markdown (**bold**, [text](https://…), lists with "- ")',
    ]);
  });

  it("refuses a plan that does not add up to its session's length, at the plan's line", () => {
    const { problems } = read(`---
# A comment line
session_90:
  - minutes: 60
    activity: Walk the case
  - minutes: 20
    activity: The feedback sheet
---
`);
    expect(problems).toEqual([
      'course/team.md:3: the steps of "session_90" add up to 80 minutes, not 90: change their "minutes" so the session fits its 90 minutes',
    ]);
  });

  it("says the file needs its settings first", () => {
    expect(read("## The case\n").problems).toEqual([
      expect.stringMatching(
        /^course\/team\.md:1: team\.md starts with its settings between two "---" lines/,
      ),
    ]);
  });

  describe("as part of the course check", () => {
    let dir = "";
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it("reports team.md's problems with the course's, so nothing is built", () => {
      dir = courseCopy("tests/fixtures/every-block", {});
      writeFileSync(
        join(dir, "team.md"),
        "---\nsession_45:\n  - minutes: 45\n    activity: All of it\n    decisions: [walk-tuesday]\n---\n",
      );
      expect(problemsIn(dir)).toEqual([
        expect.stringMatching(/^team\.md:5: "walk-tuesday" is not a decision of the walked case/),
      ]);
    });

    it("passes a course whose team.md is right, and hands its content to the build", () => {
      dir = courseCopy("tests/fixtures/every-block", {});
      writeFileSync(
        join(dir, "team.md"),
        "---\nsupervision:\n  - What did Sam need from the school?\n---\n",
      );
      expect(problemsIn(dir)).toEqual([]);
      expect(loadCourse(dir).team?.supervision).toEqual(["What did Sam need from the school?"]);
    });
  });
});
