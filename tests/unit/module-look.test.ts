/**
 * A module's look: its `icon:` (the bundled lucide-static set, drawn at build time from geometric
 * nodes only), its `why:` line, and its minutes for the cover's tiles.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { moduleMinutes, readingTime } from "../../src/compiler/course/checks/reading-time.js";
import { iconSet, iconSvg, moduleIcon } from "../../src/compiler/course/icons.js";
import { checkCourse, loadCourse } from "../../src/compiler/course/loader.js";
import type { Module } from "../../src/course/model.js";
import { formatProblem } from "../../src/loading/problems.js";

const FIXTURE = "tests/fixtures/every-block";
const CLOSE = "modules/02-questions.md";

/** The fixture with its questions module's settings replaced. */
function withSettings(lines: string): string {
  const dir = mkdtempSync(join(tmpdir(), "look-"));
  cpSync(FIXTURE, dir, { recursive: true });
  const path = join(dir, CLOSE);
  const text = readFileSync(path, "utf8");
  writeFileSync(path, text.replace(/^---\n[\s\S]*?\n---\n/, `---\n${lines}\n---\n`));
  return dir;
}

function problemsIn(dir: string): string[] {
  return checkCourse(dir).problems.map((p) =>
    formatProblem({ ...p, file: p.file.replace(`${dir}/`, "") }),
  );
}

const SETTINGS = "id: questions\ntitle: Questions\nthemes: [sharing, voice]";

describe("an icon drawn from the set's nodes", () => {
  it("keeps each allowed element with its geometric attributes", () => {
    expect(
      iconSvg([
        ["path", { d: "M12 5v16" }],
        ["circle", { cx: "9", cy: "7", r: "4" }],
        ["rect", { width: "8", height: "4", x: "8", y: "2", rx: "1", ry: "1" }],
        ["line", { x1: "1", y1: "2", x2: "3", y2: "4" }],
        ["polyline", { points: "1 2 3 4" }],
        ["polygon", { points: "1,2 3,4 5,6" }],
        ["ellipse", { cx: "12", cy: "5", rx: "9", ry: "3" }],
      ]),
    ).toBe(
      '<path d="M12 5v16"/><circle cx="9" cy="7" r="4"/><rect x="8" y="2" width="8" height="4" rx="1" ry="1"/><line x1="1" y1="2" x2="3" y2="4"/><polyline points="1 2 3 4"/><polygon points="1,2 3,4 5,6"/><ellipse cx="12" cy="5" rx="9" ry="3"/>',
    );
  });

  it("leaves out every other element, attribute and value, whatever the file holds", () => {
    const svg = iconSvg([
      ["script", { d: "M1 1" }],
      ["foreignObject", { x: "1" }],
      ["use", { href: "https://example.org/x.svg#a" }],
      ["image", { href: "javascript:alert(1)" }],
      ["a", { href: "https://example.org" }],
      ["style", {}],
      ["path", { d: "M1 1", onload: "alert(1)", style: "fill:red", fill: "red", class: "x" }],
      ["circle", { cx: "1", cy: "1", r: 'url("https://example.org")' }],
      ["path", { d: 'M1 1"/><script>alert(1)</script><path d="' }],
      ["path", { d: "M1 1 url(x)" }],
      ["rect", { width: "1e2", height: "-2.5", x: 3 }],
      "not a node",
      ["path", null],
    ] as unknown as Parameters<typeof iconSvg>[0]);
    expect(svg).toBe(
      '<path d="M1 1"/><circle cx="1" cy="1"/><rect x="3" width="1e2" height="-2.5"/>',
    );
    expect(svg).not.toMatch(/script|href|on\w+=|style|fill|url|example/);
  });

  it("draws every icon of the set with nothing left out but colour", () => {
    const set = iconSet();
    expect(Object.keys(set).length).toBeGreaterThan(1000);
    for (const [name, nodes] of Object.entries(set)) {
      const drawn = iconSvg(nodes).match(/<[a-z]+ /g) ?? [];
      expect(drawn.length, name).toBe(nodes.length);
    }
  });

  it("names an unknown icon and where the names are, with the one probably meant", () => {
    expect(moduleIcon("book-open")).toEqual({
      icon: { name: "book-open", svg: iconSvg(iconSet()["book-open"]) },
    });
    expect(moduleIcon("book-opne")).toEqual({
      problem:
        'unknown icon "book-opne" (did you mean "book-open"?); see https://lucide.dev/icons for names',
    });
    expect(moduleIcon("zzzzzzzzzz")).toEqual({
      problem: 'unknown icon "zzzzzzzzzz"; see https://lucide.dev/icons for names',
    });
    // An object's own keys only: not the prototype's.
    expect("problem" in moduleIcon("constructor")).toBe(true);
  });
});

describe("a module's icon and why in its settings", () => {
  it("draws the named icon and renders the why line's inline Markdown", () => {
    const dir = withSettings(`${SETTINGS}\nicon: flag\nwhy: You **keep** what you write.`);
    const close = loadCourse(dir).course.modules.find((m) => m.id === "questions");
    expect(close?.icon?.name).toBe("flag");
    expect(close?.icon?.svg).toMatch(/^<path d="M4 22V4/);
    expect(close?.why).toBe("You <strong>keep</strong> what you write.");
  });

  it("leaves both out when the author gives neither", () => {
    const close = loadCourse(withSettings(SETTINGS)).course.modules.find(
      (m) => m.id === "questions",
    );
    expect(close).not.toHaveProperty("icon");
    expect(close).not.toHaveProperty("why");
  });

  it("reports an unknown icon at its line, with where the names are", () => {
    const dir = withSettings(`${SETTINGS}\nicon: flagg`);
    expect(problemsIn(dir)).toEqual([
      `${CLOSE}:5: unknown icon "flagg" (did you mean "flag"?); see https://lucide.dev/icons for names`,
    ]);
  });

  it("reports a why line that is not one line, or too long, at its line", () => {
    expect(problemsIn(withSettings(`${SETTINGS}\nwhy: |\n  One line.\n  Two lines.`))).toEqual([
      `${CLOSE}:5: "why" is one line on why the module matters: write it without line breaks`,
    ]);
    const [long] = problemsIn(withSettings(`${SETTINGS}\nicon: flag\nwhy: ${"word ".repeat(40)}`));
    expect(long).toMatch(new RegExp(`^${CLOSE}:6: "why" is 199 characters long, but at most 160`));
  });
});

describe("a module's minutes", () => {
  const course = loadCourse("course").course;

  it("are the reading-time rules applied to the module alone, at least one", () => {
    const m = (blocks: Module["blocks"]): Module => ({
      id: "m",
      title: "",
      themes: [],
      contentWarning: false,
      blocks,
    });
    const words = (n: number) => `<p>${"word ".repeat(n)}</p>`;
    expect(moduleMinutes(m([{ kind: "html", html: words(10) }]))).toBe(1);
    expect(moduleMinutes(m([{ kind: "html", html: words(1000) }]))).toBe(5);
    // 2.5 minutes of reading and one reflection of three.
    expect(
      moduleMinutes(
        m([
          { kind: "html", html: words(500) },
          {
            kind: "reflection",
            prompts: [{ id: "r", html: "", maxLength: 100 }],
          } as unknown as Module["blocks"][number],
        ]),
      ),
    ).toBe(Math.round(2.5 + 3));
  });

  it("are set on every module of Family M and add up to about the course's figure", () => {
    const sum = course.modules.reduce((n, m) => n + (m.minutes ?? 0), 0);
    for (const m of course.modules) expect(m.minutes, m.id).toBeGreaterThanOrEqual(1);
    expect(Math.abs(sum - readingTime(course).minutes)).toBeLessThanOrEqual(course.modules.length);
  });

  it("give every module of Family M an icon, and each lesson a why line", () => {
    for (const m of course.modules) expect(m.icon?.svg, m.id).toMatch(/^</);
    const lessons = course.modules.filter((m) => /^lesson-|^neglect/.test(m.id));
    expect(lessons).toHaveLength(4);
    for (const m of lessons) expect(m.why, m.id).toMatch(/\w/);
  });
});
