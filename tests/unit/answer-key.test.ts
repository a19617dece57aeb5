import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { questionsOf } from "../../src/blocks/question/rules.js";
import { answerKeyHtml, answerKeyName } from "../../src/compiler/answer-key/answer-key.js";
import { scoredItemsOf, textOf } from "../../src/compiler/answer-key/scored-items.js";
import { buildCourse } from "../../src/compiler/build.js";
import { loadCourse } from "../../src/compiler/course/loader.js";
import { question, sampleCourse } from "../helpers/course.js";

describe("the scored items of a course", () => {
  it("lists every question in course order, with its module, theme and both id forms", () => {
    const items = scoredItemsOf(sampleCourse());
    expect(items.map((i) => i.id.authored)).toEqual(["q1", "q2", "q3", "q4"]);
    expect(items[2]).toMatchObject({
      module: { id: "lesson" },
      theme: { id: { authored: "beta", fallback: "beta" }, title: "Beta" },
      weighting: 2,
      scored: true,
    });
  });

  it("gives the colon form that hyphen-refusing LMSs receive", () => {
    const course = sampleCourse();
    course.themes[0].id = "risk-images";
    course.modules[1].blocks = [
      { kind: "question", question: question("kc-not-passive", "risk-images") },
    ];
    const [item] = scoredItemsOf(course);
    expect(item.id).toEqual({ authored: "kc-not-passive", fallback: "kc:not:passive" });
    expect(item.theme.id).toEqual({ authored: "risk-images", fallback: "risk:images" });
  });

  it("lists each decision of a branching scenario as its own item, with the best choice, under its own theme", () => {
    const loaded = loadCourse("tests/fixtures/every-block");
    const scenario = loaded.course.modules
      .flatMap((m) => m.blocks)
      .find((b) => b.kind === "branching");
    if (scenario?.kind !== "branching") throw new Error("the fixture has no branching scenario");
    const decisions = scoredItemsOf(loaded.course).filter((i) => i.kind === "decision");
    const expected = scenario.scenes
      .filter((s) => s.options.length > 0)
      .map((s) => `${scenario.id}-${s.id}`);
    expect(decisions.map((d) => d.id.authored)).toEqual(expect.arrayContaining(expected));
    for (const d of decisions.filter((x) => expected.includes(x.id.authored))) {
      expect(d.id.fallback).toBe(d.id.authored.replaceAll("-", ":"));
      expect(d.options.filter((o) => o.correct)).toHaveLength(1);
      const scene = scenario.scenes.find((s) => `${scenario.id}-${s.id}` === d.id.authored);
      expect(d.theme.id.authored).toBe(scene?.theme);
      // The fixture's case is scored: every path meets both decisions.
      expect(d).toMatchObject({ scored: true, weighting: 1 });
    }
    // The first decision is filed under the child's voice, the second under sharing.
    expect(
      decisions.filter((x) => expected.includes(x.id.authored)).map((d) => d.theme.id.authored),
    ).toEqual(["voice", "sharing"]);
  });

  it("lists an ordering question as a sequence: the right order, each step's place and why", () => {
    const everyBlock = loadCourse("tests/fixtures/every-block").course;
    const item = scoredItemsOf(everyBlock).find((i) => i.id.authored === "order-concern");
    expect(item).toMatchObject({
      kind: "ordering",
      recordKind: "ordering",
      type: "sequencing",
      correct: ["a", "b", "c", "d"],
      scored: true,
      weighting: 1,
    });
    expect(item?.options.map((o) => [o.id, o.place])).toEqual([
      ["a", 1],
      ["b", 2],
      ["c", 3],
      ["d", 4],
    ]);
    const html = answerKeyHtml(everyBlock);
    const article = html.slice(html.indexOf('id="item-order-concern"'));
    expect(article).toContain('a,b,c,d</dd><dd class="muted">every step, in this order');
    expect(article).toContain('<th scope="col">Right place</th>');
    expect(article).toContain("<td>Step 2</td>");
    expect(article).toContain("Why this order");
  });

  it("lists a sort as card.group pairs: each card with the group it belongs in", () => {
    const everyBlock = loadCourse("tests/fixtures/every-block").course;
    const item = scoredItemsOf(everyBlock).find((i) => i.id.authored === "sort-sources");
    expect(item).toMatchObject({
      kind: "sort into groups",
      recordKind: "sort",
      type: "matching",
      correct: ["t", "c", "t", "c"],
      parts: ["t", "c"],
      scored: false,
      weighting: 0,
    });
    const html = answerKeyHtml(everyBlock);
    const article = html.slice(html.indexOf('id="item-sort-sources"'));
    expect(article).toContain(
      'a.t,b.c,c.t,d.c</dd><dd class="muted">each card, then the group it belongs in',
    );
    expect(article).toContain('<th scope="col">Right group</th>');
    expect(article).toContain("<td>What was checked with another source</td>");
  });

  it("gives each option's words as plain text, named and numeric entities decoded", () => {
    const course = sampleCourse();
    const options = [
      { id: "a", html: "Ask the child&rsquo;s GP &amp; school", correct: true, feedbackHtml: "" },
      {
        id: "b",
        html: "Wait for the child&#8217;s <em>next</em>&nbsp;visit",
        correct: false,
        feedbackHtml: "",
      },
      {
        id: "c",
        html: "Write &lt;b&gt; &#x2014; &quot;urgent&quot; &#39;now&#39;",
        correct: false,
        feedbackHtml: "",
      },
    ];
    course.modules[1].blocks = [
      { kind: "question", question: question("q-gp", "alpha", { options }) },
    ];
    const [item] = scoredItemsOf(course);
    expect(item.options.map((o) => o.text)).toEqual([
      "Ask the child\u2019s GP & school",
      "Wait for the child\u2019s next visit",
      "Write <b> \u2014 \"urgent\" 'now'",
    ]);
    expect(textOf("  <p>one&nbsp;&nbsp;two\n three</p> ")).toBe("one two three");
    // The answer key's search matches the words as read, not their entities.
    expect(answerKeyHtml(course)).toContain("a ask the child\u2019s gp &amp; school");
  });

  it("keeps knowledge checks, which the LMS records with weighting 0", () => {
    const q4 = scoredItemsOf(sampleCourse()).find((i) => i.id.authored === "q4");
    expect(q4).toMatchObject({ scored: false, weighting: 0 });
  });
});

describe("the answer key page", () => {
  const course = loadCourse("course").course;
  const html = answerKeyHtml(course);

  it("shows every interaction and objective id of Family M in both forms", () => {
    for (const q of questionsOf(course)) {
      expect(html).toContain(`<span class="id">${q.id}</span>`);
      expect(html).toContain(`<span class="id">${q.id.replaceAll("-", ":")}</span>`);
    }
    for (const t of course.themes) {
      expect(html).toContain(`<span class="id">${t.id}</span>`);
      expect(html).toContain(`<span class="id">${t.id.replaceAll("-", ":")}</span>`);
    }
  });

  it("marks exactly the right options of a multiple-answer question", () => {
    const article = html.slice(
      html.indexOf('id="item-kc-finkelhor"'),
      html.indexOf("</article>", html.indexOf('id="item-kc-finkelhor"')),
    );
    expect(article).toContain('<dd class="id">a,b,d</dd>');
    expect(article.match(/<strong>Right<\/strong>/g)).toHaveLength(3);
    expect(article.match(/>Not right</g)).toHaveLength(1);
    expect(article).toContain("Lesson 1");
  });

  it("requests nothing outside itself and allows no other script", () => {
    expect(html).not.toMatch(/<(link|iframe|object|embed)\b/i);
    expect(html).not.toMatch(/\b(src|srcset)=["']?(https?:)?\/\//i);
    expect(html).toMatch(
      /Content-Security-Policy" content="default-src 'none';[^"]*script-src 'sha256-/,
    );
    expect(html.match(/<script>/g)).toHaveLength(1);
  });

  it("escapes the text it is given rather than running it", () => {
    const c = sampleCourse();
    c.title = "<img src=x onerror=alert(1)>";
    const page = answerKeyHtml(c);
    expect(page).not.toContain("<img src=x");
    expect(page).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });

  it("is named after the course and version", () => {
    expect(answerKeyName(course)).toBe(`family-m-${course.version}-answer-key.html`);
  });
});

describe("the build", () => {
  it("writes the answer key beside the zips", async () => {
    const out = mkdtempSync(join(tmpdir(), "answer-key-"));
    const { answerKey } = await buildCourse("tests/fixtures/tiny-course", out, join(out, "web"));
    expect(answerKey).toBe(join(out, "tiny-course-1.0.0-answer-key.html"));
    // The team pack is written beside it too.
    expect(readdirSync(out).filter((f) => f.endsWith(".html"))).toEqual([
      "tiny-course-1.0.0-answer-key.html",
      "tiny-course-1.0.0-team-pack.html",
    ]);
    expect(existsSync(answerKey)).toBe(true);
    expect(readFileSync(answerKey, "utf8")).toContain("<h1>Answer key:");
  }, 60_000);
});
