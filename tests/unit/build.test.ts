import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildCourse } from "../../src/compiler/build.js";

const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");
const temp = (label: string) => mkdtempSync(join(tmpdir(), `${label}-`));

describe("the build", () => {
  it("gives byte-identical zips when run twice on the same sources", async () => {
    const a = temp("build-a");
    const b = temp("build-b");
    const first = await buildCourse("tests/fixtures/tiny-course", a, join(a, "web"));
    const second = await buildCourse("tests/fixtures/tiny-course", b, join(b, "web"));
    expect(first.zips.map(sha)).toEqual(second.zips.map(sha));
  }, 60_000);

  it("packages another course folder with no code change", async () => {
    const out = temp("build-other");
    const { zips } = await buildCourse("tests/fixtures/tiny-course", out, join(out, "web"));
    expect(
      readdirSync(out)
        .filter((f) => f.endsWith(".zip"))
        .sort(),
    ).toEqual(zips.map((z) => z.split("/").pop()).sort());
  }, 60_000);

  it("refuses a broken course from the command line: exit 1, file:line message, no zip written", () => {
    const course = temp("broken-course");
    cpSync("tests/fixtures/tiny-course", course, { recursive: true });
    const yaml = join(course, "course.yaml");
    writeFileSync(yaml, readFileSync(yaml, "utf8").replace("pass_mark: 50", "pass_mark: 150"));
    const out = temp("broken-out");
    const run = spawnSync("npx", ["tsx", "scripts/build.ts", "--course", course, "--out", out], {
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `course.yaml:8: "pass_mark" is 150, but it must be between 0 and 100`,
    );
    expect(run.stderr).toContain("no package was written");
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  }, 60_000);

  it("writes the team pack beside the zips, from the course's team.md", async () => {
    const course = temp("team-course");
    cpSync("tests/fixtures/tiny-course", course, { recursive: true });
    writeFileSync(
      join(course, "team.md"),
      "---\nsupervision:\n  - What would you ask first?\n---\nThe case, as the briefing gives it.\n",
    );
    const out = temp("team-out");
    const { zips, teamPack } = await buildCourse(course, out, join(out, "web"));
    expect(teamPack).toBe(join(out, "tiny-course-1.0.0-team-pack.html"));
    // Beside the zips, in the same folder, with the answer key.
    expect(
      readdirSync(out)
        .filter((f) => !f.startsWith("web"))
        .sort(),
    ).toEqual(
      expect.arrayContaining([
        ...zips.map((z) => z.split("/").pop()),
        "tiny-course-1.0.0-answer-key.html",
        "tiny-course-1.0.0-team-pack.html",
      ]),
    );
    const html = readFileSync(teamPack, "utf8");
    expect(html).toContain("<h1>Team pack: A tiny test course</h1>");
    expect(html).toContain("<li>What would you ask first?</li>");
    expect(html).toContain("<p>The case, as the briefing gives it.</p>");
    expect(html).toContain('<h2 id="feedback">Feedback sheet</h2>');
  }, 120_000);
});
