/**
 * Builds run at once (a board building two versions side by side, or the same course twice)
 * never read each other's files: each writes its own working folders, and each zip holds the
 * course it names.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { buildCourse } from "../../src/compiler/build.js";

const made: string[] = [];
const temp = (label: string) => {
  const dir = mkdtempSync(join(tmpdir(), `${label}-`));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

/** Every text file in a zip, joined: what a learner's browser could be sent from it. */
function zipText(zip: string): string {
  const files = unzipSync(readFileSync(zip));
  return Object.entries(files)
    .filter(([name]) => /\.(js|html|xml|json|css)$/.test(name))
    .map(([, bytes]) => new TextDecoder().decode(bytes))
    .join("\n");
}

describe("builds at once", () => {
  it("of two versions of one course (one id), each package their own version", async () => {
    const a = temp("at-once-v1");
    const b = temp("at-once-v2");
    // No web build folder named: each build must find one of its own.
    const [v1, v2] = await Promise.all([
      buildCourse("tests/fixtures/republish-v1", a),
      buildCourse("tests/fixtures/republish-v2", b),
    ]);
    expect(v1.zips.map((z) => z.split("/").pop())).toEqual([
      "republish-demo-1.0.0-scorm12.zip",
      "republish-demo-1.0.0-scorm2004.zip",
      "republish-demo-1.0.0-web.zip",
    ]);
    // Version 1.1.0 adds the question q-new and removes q-remove.
    for (const zip of v1.zips) {
      const text = zipText(zip);
      expect(text).toContain("q-remove");
      expect(text).not.toContain("q-new");
    }
    for (const zip of v2.zips) {
      const text = zipText(zip);
      expect(text).toContain("q-new");
      expect(text).not.toContain("q-remove");
    }
  }, 240_000);

  it("of one course into one folder, both finish with whole zips", async () => {
    const out = temp("at-once-same");
    const [first, second] = await Promise.all([
      buildCourse("tests/fixtures/tiny-course", out),
      buildCourse("tests/fixtures/tiny-course", out),
    ]);
    expect(second.zips).toEqual(first.zips);
    for (const zip of first.zips) expect(zipText(zip)).toContain("q-sky");
  }, 240_000);

  it("given the same web build folder, the second stops and says so; the first finishes", async () => {
    const out = temp("at-once-web");
    const web = join(out, "web");
    const results = await Promise.allSettled([
      buildCourse("tests/fixtures/tiny-course", join(out, "a"), web),
      buildCourse("tests/fixtures/tiny-course", join(out, "b"), web),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected"]);
    const failure = results[1] as PromiseRejectedResult;
    expect(String(failure.reason)).toMatch(/another build is using .*web/);
  }, 240_000);
});
