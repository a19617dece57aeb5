/**
 * The Family M course as version 1.2.0 promises it: the sections in order, one branching case in
 * an invented family across the case's decision points, at least three scored questions per
 * theme, feedback that explains every option, invented scenes labelled, the glossary and figure
 * in use, one copy of the support list, and an estimate that matches the reading-time figure.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { AssessmentBlock } from "../../src/blocks/assessment/model.js";
import type { BranchingBlock } from "../../src/blocks/branching/model.js";
import { decisionsOf } from "../../src/blocks/branching/rules.js";
import { pagesOf } from "../../src/blocks/page/rules.js";
import { questionsOf } from "../../src/blocks/question/rules.js";
import { reflectionPromptsOf } from "../../src/blocks/reflection/rules.js";
import {
  guessabilityWarnings,
  locateQuestions,
} from "../../src/compiler/course/checks/guessability.js";
import { estimateWarning, readingTime } from "../../src/compiler/course/checks/reading-time.js";
import { loadCourse } from "../../src/compiler/course/loader.js";

const course = loadCourse("course").course;
const questions = questionsOf(course);
const scored = questions.filter((q) => q.scored);
const blocks = course.modules.flatMap((m) => m.blocks);
const branching = blocks.filter((b): b is BranchingBlock => b.kind === "branching");
const text = (html: string) => html.replace(/<[^>]+>/g, " ");

describe("the Family M course, version 1.2.0", () => {
  it("is version 1.2.0, with the sections in order from welcome to the assessment, the close and its glossary", () => {
    expect(course.version).toBe("1.2.0");
    expect(course.modules.map((m) => m.title)).toEqual([
      expect.stringMatching(/welcome/i),
      expect.stringMatching(/serious case review/i),
      expect.stringMatching(/^family m$/i),
      expect.stringMatching(/walk a case.*invented/i),
      expect.stringMatching(/lesson 1/i),
      expect.stringMatching(/lesson 2/i),
      expect.stringMatching(/lesson 3/i),
      expect.stringMatching(/neglect/i),
      expect.stringMatching(/final assessment/i),
      expect.stringMatching(/summary/i),
    ]);
    const close = course.modules[9].blocks.map((b) => b.kind);
    expect(close).toContain("results");
    expect(close).toContain("reflection");
    expect(close).toContain("glossary");
  });

  it("walks the case as one branching scenario, in a family it says is invented, one decision per decision point", () => {
    expect(branching).toHaveLength(1);
    const [walk] = branching;
    const module = course.modules.find((m) => m.blocks.includes(walk));
    expect(JSON.stringify(module?.blocks)).toMatch(/invented for this course\. It is not Family M/);
    const decisions = walk.scenes.filter((s) => s.options.length > 0);
    const asked = decisions.map((s) => text(`${s.html} ${s.questionHtml}`).toLowerCase());
    const points = [
      /arrested/,
      /forensic/,
      /protect/,
      /conference.*child in need/,
      /decision stands/,
      /never comes to the house/,
      /lee bathed me/,
      /neglect|hungry/,
    ];
    expect(asked).toHaveLength(points.length);
    for (const [i, p] of points.entries()) expect(asked[i], `decision ${i + 1}`).toMatch(p);
    // Every wrong choice leads to a consequence before the story goes on.
    for (const s of decisions)
      for (const o of s.options.filter((x) => !x.best))
        expect(o.next, `${s.id}/${o.id}`).toMatch(/-drift$/);
    // The real family's names and outcome never appear in the invented scenes or endings.
    for (const s of walk.scenes) expect(s.html, s.id).not.toMatch(/Mr W|Mother|Family M/);
    for (const e of walk.endings ?? [])
      expect(text(e.html), e.id).not.toMatch(/Mr W|Mother|Family M|convicted|jail|forensic/i);
  });

  it("files each decision of the case under its own theme, all four of the course's in all", () => {
    const [walk] = branching;
    const module = course.modules.find((m) => m.blocks.includes(walk));
    const themeOf = Object.fromEntries(decisionsOf(walk).map((d) => [d.id, d.theme]));
    expect(themeOf).toEqual({
      "hill-arrest": "risk-images",
      "hill-forensics": "risk-images",
      "hill-protect": "risk-images",
      "hill-conference": "challenge-escalation",
      "hill-escalate": "challenge-escalation",
      "hill-assurance": "respectful-uncertainty",
      "hill-bail": "respectful-uncertainty",
      "hill-neglect": "neglect-cin",
    });
    expect([...(module?.themes ?? [])].sort()).toEqual(course.themes.map((t) => t.id).sort());
  });

  it("keeps each decision's options and best choice as 1.1.0 published them, so a learner's walk carries over", () => {
    const published = JSON.parse(readFileSync("course/published/1.1.0.json", "utf8")) as {
      items: Array<{ id: string; options: Array<{ id: string; text: string; correct: boolean }> }>;
    };
    const was = published.items.filter((i) => i.id.startsWith("hill-"));
    const now = decisionsOf(branching[0]).map((d) => ({
      id: d.id,
      options: d.options.map((o) => ({ id: o.id, text: text(o.html).trim(), correct: o.correct })),
    }));
    expect(now).toEqual(was.map(({ id, options }) => ({ id, options })));
  });

  it("ends the case where the choices lead, and tells Family M's outcome on a page of its own", () => {
    const [walk] = branching;
    const endings = walk.endings ?? [];
    expect(endings.length).toBeGreaterThanOrEqual(3);
    const decisions = decisionsOf(walk).length;
    const allBest = endings.find((e) => e.minBest === decisions);
    expect(allBest, "an ending for every best choice").toBeDefined();
    expect(text(allBest?.html ?? "")).not.toMatch(/left the children at risk/);
    const module = course.modules.find((m) => m.blocks.includes(walk));
    if (!module) throw new Error("no module holds the case");
    const pages = pagesOf(module);
    const casePage = pages.findIndex((p) => p.blocks.includes(walk));
    const real = pages.findIndex((p) => p.title === "Back to the real case");
    expect(real, "the real case's page comes after the case").toBeGreaterThan(casePage);
    const realText = text(JSON.stringify(pages[real].blocks));
    expect(realText).toMatch(/one of the children had been\s+subject to sexual abuse by Mr W/);
    expect(realText).toMatch(/convicted of a number of child sex offences/);
    // The invented family's page says what is invented, and claims no decision points.
    const first = text(JSON.stringify(pages[casePage].blocks));
    expect(first).toMatch(/Everything in the case is invented/);
    expect(first).not.toMatch(/decision points the briefing describes/);
    expect(first).not.toMatch(/sexual abuse by Mr W|convicted/);
  });

  it("scores by a final assessment alone: per theme three decision points drawn, from at least three with two parallel variants each; the lessons' questions are practice", () => {
    expect(decisionsOf(branching[0]).every((d) => !d.scored)).toBe(true);
    expect(scored).toEqual([]);
    const [final] = blocks.filter((b): b is AssessmentBlock => b.kind === "assessment");
    expect(final.perTheme).toBe(3);
    for (const t of course.themes) {
      const points = final.points.filter((p) => p.theme === t.id);
      expect(points.length, t.id).toBeGreaterThanOrEqual(3);
      for (const p of points) expect(p.variants.length, p.id).toBeGreaterThanOrEqual(2);
    }
    // Every item explains every option and links back to its lesson.
    for (const p of final.points) {
      expect(p.lessonHtml ?? "", p.id).toMatch(/data-module="lesson-|data-module="neglect/);
      for (const v of p.variants)
        for (const o of v.options)
          expect(text(o.feedbackHtml).length, `${v.id}/${o.id}`).toBeGreaterThan(60);
    }
  });

  it("explains every option, right ones too, and points back to where the course covers it", () => {
    for (const q of questions)
      for (const o of q.options) {
        expect(text(o.feedbackHtml).length, `${q.id}/${o.id}`).toBeGreaterThan(60);
        expect(o.feedbackHtml, `${q.id}/${o.id}`).toMatch(/See /);
        if (q.kind === "scenario") expect(o.consequenceHtml ?? "", `${q.id}/${o.id}`).not.toBe("");
      }
    for (const s of branching[0].scenes)
      for (const o of s.options)
        expect(text(o.feedbackHtml).length, `${s.id}/${o.id}`).toBeGreaterThan(60);
  });

  it("labels every invented scenario question as invented and not from Family M", () => {
    for (const q of questions.filter((x) => x.kind === "scenario"))
      expect(q.scenarioHtml ?? "", q.id).toMatch(/invented situation, not from Family M/);
  });

  it("covers the topics the review found missing", () => {
    const all = text(JSON.stringify(course)).toLowerCase();
    for (const topic of [
      /receiving challenge/,
      /grooming/,
      /helping children tell/,
      /sense of responsibility/,
      /history of domestic abuse/,
    ])
      expect(all).toMatch(topic);
    expect(course.themes.find((t) => t.id === "risk-images")?.objective).toMatch(
      /recognise.*refer.*contribute/i,
    );
  });

  it("attributes as the sources do, and says where responsibility lies", () => {
    const all = text(JSON.stringify(course));
    expect(all).toMatch(/Munro Review[^.]*number of motives/);
    expect(all).toMatch(/respectful uncertainty[^.]*credited to Lord Laming's 2003/i);
    expect(all).toMatch(/Responsibility for the abuse lies with the person who abused the child/);
    expect(all).toMatch(/AI-generated images/);
    expect(all).not.toMatch(/central lesson|as it did in this case|Nobody could have known/i);
  });

  it("marks 2026 context as context and names escalation by the local safeguarding partnership", () => {
    const all = text(JSON.stringify(course));
    expect(all).toMatch(/Context, not from the briefing/);
    expect(all).toMatch(/released under investigation/);
    expect(all).toMatch(/Safeguarding Vulnerable People Partnership/);
    expect(all).toMatch(/local safeguarding partnership's escalation policy/);
  });

  it("shows readable link text, never a raw address, and says the board's old site may be gone", () => {
    const html = JSON.stringify(course);
    const links = [...html.matchAll(/<a [^>]*href=\\"([^"\\]+)\\"[^>]*>(.*?)<\/a>/g)];
    expect(links.length).toBeGreaterThan(0);
    for (const [, href, label] of links) {
      expect(label, href).not.toMatch(/^https?:|www\./);
      if (href.includes("wiltshirescb"))
        expect(label).toMatch(/former website; may no longer be online/);
    }
  });

  it("keeps one support list, with NAPAC and the front door, and says who can see reflections", () => {
    expect(course.supportHtml).toMatch(/NAPAC, 0808 801 0331/);
    expect(course.supportHtml).toMatch(/front door/);
    expect(course.supportHtml).toMatch(/999/);
    const welcome = text(JSON.stringify(course.modules[0])).replace(/\\n|\s+/g, " ");
    expect(welcome).not.toMatch(/0808 800 5000|116 123/);
    expect(welcome).toMatch(/Support/);
    expect(welcome).toMatch(
      /your progress is saved as you go, in your learning system or, without one, in this browser; the bar at the top says which/i,
    );
    expect(JSON.stringify(course.modules.find((m) => m.id === "close"))).toMatch(
      /Who can see your answers/,
    );
    expect(reflectionPromptsOf(course).map((p) => p.id)).toEqual([
      "reflect-use",
      "reflect-change",
      "reflect-team",
    ]);
  });

  it("uses the glossary and a figure with a text alternative and long description", () => {
    expect(course.glossary?.map((t) => t.term)).toEqual(
      expect.arrayContaining([
        "child in need",
        "strategy discussion",
        "initial child protection conference",
        "front door",
        "triangulate",
        "released under investigation",
      ]),
    );
    const figures = blocks.filter((b) => b.kind === "figure");
    expect(figures.length).toBeGreaterThanOrEqual(1);
    for (const f of figures) {
      expect(f.alt.length).toBeGreaterThan(40);
      expect(f.longDescriptionHtml ?? "").not.toBe("");
    }
    expect(blocks.some((b) => b.kind === "callout")).toBe(true);
    expect(blocks.some((b) => b.kind === "reveal")).toBe(true);
  });

  it("passes the guessability checks and claims the time the reading-time figure gives", () => {
    const files = [
      "01-welcome",
      "02-what-is-an-scr",
      "03-family-m",
      "04-walk-a-case",
      "05-lesson-1-risk-from-images",
      "06-lesson-2-challenge-and-escalation",
      "07-lesson-3-respectful-uncertainty",
      "08-neglect-and-child-in-need",
      "09-assessment",
      "10-close",
    ].map((f) => `course/modules/${f}.md`);
    const sources = files.map((file) => ({ file, text: readFileSync(file, "utf8") }));
    expect(guessabilityWarnings(locateQuestions(course, sources))).toEqual([]);
    const figure = readingTime(course);
    expect(estimateWarning(course.estimatedMinutes, figure)).toBeUndefined();
    expect(Math.abs(course.estimatedMinutes - figure.minutes)).toBeLessThanOrEqual(2);
  });

  it("keeps every page to about three screens (600 words), the walked case apart", () => {
    // The case shows one scene at a time as the learner decides, so it is on a page of its own.
    for (const m of course.modules) {
      for (const [i, page] of pagesOf(m).entries()) {
        // The assessment too: one drawn item at a time.
        if (page.blocks.some((b) => b.kind === "branching" || b.kind === "assessment")) {
          expect(page.blocks.filter((b) => b.kind === "question")).toEqual([]);
          continue;
        }
        const words = readingTime({
          ...course,
          modules: [{ ...m, title: "", blocks: page.blocks }],
        }).words;
        expect(words, `${m.id} page ${i + 1}`).toBeLessThanOrEqual(600);
      }
    }
    expect(
      pagesOf(course.modules.find((m) => m.id === "lesson-1-risk-from-images") ?? course.modules[0])
        .length,
    ).toBeGreaterThan(1);
  });

  it("uses the field's current language for abuse images", () => {
    const all = JSON.stringify(course).toLowerCase();
    expect(all).not.toContain("child pornography");
    expect(all).toContain("child sexual abuse images");
  });

  it("says each page's heading once: no page title repeats a heading on its page", () => {
    for (const m of course.modules) {
      for (const page of pagesOf(m)) {
        const headings = page.blocks.flatMap((b) =>
          b.kind === "html"
            ? [...b.html.matchAll(/<h[2-4][^>]*>(.*?)<\/h[2-4]>/g)].map((h) => text(h[1]).trim())
            : [],
        );
        if (page.title) expect(headings, `${m.id}: "${page.title}"`).not.toContain(page.title);
      }
    }
  });

  it("names each pointer once: no link's words repeat the words just before it", () => {
    const links = JSON.stringify(course).matchAll(/([^<>]{0,60})<a [^>]*>([^<]*)<\/a>/g);
    const repeats = [...links]
      .filter(([, before, words]) => before.trimEnd().endsWith(words.split(",")[0].trim()))
      .map(([whole]) => whole);
    expect(repeats).toEqual([]);
  });

  it("leaves the verdict to the player: no decision's feedback opens with whether it was the best", () => {
    const openings = branching
      .flatMap((b) => b.scenes.flatMap((s) => s.options))
      .map((o) => text(o.feedbackHtml).trim())
      .filter((t) => /^(not )?(quite )?the best choice/i.test(t));
    expect(openings).toEqual([]);
  });
});
