/**
 * No setting that passes the course check can produce a package that fails the SCORM schemas:
 * random course titles, versions, languages, ids and texts at and beyond their limits either
 * fail the check or give manifests that validate (xmllint against scorm/schemas).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { manifest12, manifest2004 } from "../../scorm/manifest.js";
import { checkCourse } from "../../src/compiler/course/loader.js";
import { TEXT_LIMITS, VERSION_MAX_LENGTH } from "../../src/loading/limits.js";
import { validateManifest } from "../helpers/xsd.js";

const TINY = "tests/fixtures/tiny-course";
const FILES = ["index.html", "assets/player.js", "media/a picture & more.png"];
const dir = mkdtempSync(join(tmpdir(), "limits-"));
cpSync(TINY, dir, { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A small seeded generator, so a failure can be replayed from its seed. */
function random(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)];
  return { int, pick };
}

/** Letters authors type and characters XML must escape, including ones outside the BMP. */
const TEXT_CHARS = [
  ..."abcdefghijklmnopqrstuvwxyz ABCXYZ 0123456789 .,;:!?-()",
  ..."&<>\"'",
  ..."éüßçøłńź–—…’“”",
  "😀",
];
/** What Word pastes and XML cannot carry, added now and then. */
const ODD_CHARS = ["\u000b", "\u0007", "\t"];
const ID_CHARS = [..."abcdefghijklmnopqrstuvwxyz0123456789-"];

type Rng = ReturnType<typeof random>;

function text(rng: Rng, length: number): string {
  const chars = Array.from({ length }, () => rng.pick(TEXT_CHARS));
  if (rarely(rng)) chars[rng.int(1, length - 1)] = rng.pick(ODD_CHARS);
  // A value that starts or ends with a space is trimmed: keep the length honest.
  chars[0] = "T";
  chars[length - 1] = "T";
  return chars.join("");
}

/** Now and then (about one time in ten), for values that break a rule. */
function rarely(rng: Rng): boolean {
  return rng.int(1, 10) === 1;
}

/** A length near `limit`: mostly at or just under it, now and then just or far over. */
function around(rng: Rng, limit: number): number {
  if (rarely(rng)) return limit + rng.pick([1, 2, 40]);
  return Math.max(2, limit - rng.pick([0, 0, 1, 2, limit - 3]));
}

function identifier(rng: Rng, length: number): string {
  const chars = Array.from({ length }, () => rng.pick(ID_CHARS));
  chars[0] = rng.pick([..."abcdefgh"]);
  if (rarely(rng)) chars[rng.int(0, length - 1)] = rng.pick(["_", "A", ".", "1", " "]);
  return chars.join("").trim() || "a";
}

function settings(rng: Rng) {
  const version = Array.from({ length: rng.int(2, 3) }, () =>
    String(rng.int(0, 10 ** rng.int(0, 9))),
  ).join(".");
  return {
    id: identifier(rng, around(rng, 48)),
    title: text(rng, around(rng, TEXT_LIMITS.title)),
    version,
    language: rarely(rng)
      ? rng.pick(["English", "en_GB", "e"])
      : rng.pick(["en-GB", "cy", "en", "zh-Hant-TW"]),
    audience: text(rng, around(rng, TEXT_LIMITS.audience)),
    publisher: text(rng, around(rng, TEXT_LIMITS.publisher)),
    sourceTitle: text(rng, around(rng, 500)),
    themeId: identifier(rng, around(rng, 48)),
    objective: text(rng, around(rng, TEXT_LIMITS.objective)),
    passMark: rarely(rng) ? rng.pick([-1, 100.5]) : rng.pick([0, 50, 66.6667, 100]),
  };
}

type Settings = ReturnType<typeof settings>;

/** course.yaml with every text as a YAML double-quoted string (JSON is valid YAML). */
function courseYaml(s: Settings): string {
  const q = JSON.stringify;
  return [
    `id: ${q(s.id)}`,
    `title: ${q(s.title)}`,
    `version: ${q(s.version)}`,
    `language: ${q(s.language)}`,
    `audience: ${q(s.audience)}`,
    "estimated_minutes: 5",
    `pass_mark: ${s.passMark}`,
    "completion: all-questions",
    `publisher: ${q(s.publisher)}`,
    "source:",
    `  title: ${q(s.sourceTitle)}`,
    "content_warning: Nothing distressing.",
    "support: Ask the sender.",
    "themes:",
    `  - id: ${q(s.themeId)}`,
    "    title: The basics",
    `    objective: ${q(s.objective)}`,
    "",
  ].join("\n");
}

/** Writes the settings into the course folder (modules use the theme id) and checks it. */
function checked(s: Settings) {
  writeFileSync(join(dir, "course.yaml"), courseYaml(s));
  writeFileSync(join(dir, "CHANGELOG.md"), `# Changelog\n\n## ${s.version}\n\nThis version.\n`);
  for (const m of ["01-start.md", "02-quiz.md"]) {
    const path = join(dir, "modules", m);
    const original = join(TINY, "modules", m);
    const body = readFileSync(original, "utf8");
    writeFileSync(path, body.replaceAll("basics", s.themeId));
  }
  return checkCourse(dir);
}

function manifestErrors(s: Settings): string[] {
  const loaded = checked(s).course;
  if (!loaded) return [];
  const input = { course: loaded.course, files: FILES, launch: "index.html" };
  return [
    ...validateManifest(manifest12(input), "scorm12").errors,
    ...validateManifest(manifest2004(input), "scorm2004").errors,
  ];
}

describe("manifest limits", () => {
  it("accepts every setting at its limit, and its manifests validate", () => {
    const atLimits: Settings = {
      id: `a${"b-".repeat(23)}c`,
      title: "&<".repeat(TEXT_LIMITS.title / 2),
      version: `1.0.${"9".repeat(VERSION_MAX_LENGTH - 4)}`,
      language: "zh-Hant-TW",
      audience: "é".repeat(TEXT_LIMITS.audience),
      publisher: "😀".repeat(TEXT_LIMITS.publisher),
      sourceTitle: "S".repeat(500),
      themeId: `b${"x".repeat(47)}`,
      objective: "O".repeat(TEXT_LIMITS.objective),
      passMark: 66.6667,
    };
    expect(checked(atLimits).problems).toEqual([]);
    expect(manifestErrors(atLimits)).toEqual([]);
  });

  it("refuses the settings one past their limits", () => {
    const base = settings(random(1));
    const good: Settings = {
      ...base,
      id: "course",
      title: "Title",
      version: "1.0.0",
      language: "en-GB",
      audience: "A",
      publisher: "P",
      sourceTitle: "S",
      themeId: "basics",
      objective: "O",
      passMark: 50,
    };
    expect(checked(good).problems).toEqual([]);
    const over: Array<Partial<Settings>> = [
      { id: `a${"b".repeat(48)}` },
      { title: "T".repeat(TEXT_LIMITS.title + 1) },
      { version: `1.0.${"9".repeat(VERSION_MAX_LENGTH - 3)}` },
      { language: "English" },
      { language: "en_GB" },
      { audience: "A".repeat(TEXT_LIMITS.audience + 1) },
      { objective: "O".repeat(TEXT_LIMITS.objective + 1) },
      { title: "Line\u000bbreak" },
      { passMark: 100.5 },
    ];
    for (const change of over) {
      expect(checked({ ...good, ...change }).problems, JSON.stringify(change)).not.toEqual([]);
    }
  });

  it("gives random settings near their limits either a check failure or valid manifests", () => {
    let accepted = 0;
    let refused = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const s = settings(random(seed));
      if (checked(s).course) {
        accepted++;
        expect(manifestErrors(s), `seed ${seed}: ${JSON.stringify(s)}`).toEqual([]);
      } else {
        refused++;
      }
    }
    // Both sides of the limits were exercised, or the property says nothing.
    expect(accepted).toBeGreaterThan(5);
    expect(refused).toBeGreaterThan(5);
  }, 60_000);
});
