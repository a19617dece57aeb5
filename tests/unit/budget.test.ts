/**
 * The performance budgets, held as tests: bytes and characters only, never times (times live in
 * `npm run bench`). Each check that looks for something that must not ship is itself checked
 * against a bundle that does ship it, so a check that could never fail is caught too.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build } from "vite";
import { beforeAll, describe, expect, it } from "vitest";
import { questionsOf } from "../../src/blocks/question/rules.js";
import { buildCourse, readTree } from "../../src/compiler/build.js";
import { loadCourse } from "../../src/compiler/course/loader.js";
import {
  firstPaintBytes,
  playerJsGzip,
  playerScriptsOf,
  renderBlockingOf,
} from "../../src/compiler/player-build/launch-page.js";
import { SUSPEND_DATA_LIMIT, worstCaseSnapshot } from "../../src/progress/snapshot.js";
import {
  analysePlayer,
  type PlayerBundle,
  packagesInBundle,
} from "../../src/tools/bench/player-bundle.js";
import { BUDGETS } from "../../src/tools/bench/settings.js";

const ROOT = resolve(import.meta.dirname, "../..");
const temp = (label: string) => mkdtempSync(join(tmpdir(), `${label}-`));

/**
 * Strings that survive bundling and minification of each package (class names do not: the
 * minifier renames `Scorm12API`; method names and messages stay). Each is checked below.
 */
const MARKS = {
  /** A method of scorm-again's BaseAPI, which both Scorm12API and Scorm2004API extend. */
  "scorm-again": "renderCMIToJSONString",
  /** marked's error message names its repository. */
  marked: "markedjs/marked",
} as const;

interface Shipping {
  ships: string;
  why: string;
}

/** README.md's "What ships to the learner" table, by each package named in its first column. */
function shippingTable(readme: string): Map<string, Shipping> {
  const lines = readme.split("\n");
  const start = lines.findIndex((l) => /^##\s+What ships to the learner\s*$/.test(l));
  const table = new Map<string, Shipping>();
  if (start < 0) return table;
  const end = lines.findIndex((l, i) => i > start && /^##\s/.test(l));
  const rows = lines
    .slice(start + 1, end < 0 ? undefined : end)
    .filter((l) => l.trim().startsWith("|"))
    .slice(1) // the header
    .filter((l) => !/^\s*\|[\s:|-]+\|\s*$/.test(l));
  for (const row of rows) {
    const [names = "", ships = "", why = ""] = row
      .trim()
      .replace(/^\||\|$/g, "")
      .split("|")
      .map((c) => c.trim());
    for (const name of names.split(",")) {
      const n = name.replace(/`/g, "").trim();
      if (n) table.set(n, { ships, why });
    }
  }
  return table;
}

/** Runtime dependencies with no README line saying that and why they ship. */
function unexplained(dependencies: readonly string[], readme: string): string[] {
  const table = shippingTable(readme);
  return dependencies.filter((d) => {
    const line = table.get(d);
    return !line || !/^yes\b/i.test(line.ships) || line.why.replace(/[\s—–-]/g, "") === "";
  });
}

/** A package and every package it depends on, as installed. */
function withOwnDependencies(name: string, seen = new Set<string>()): Set<string> {
  if (seen.has(name)) return seen;
  seen.add(name);
  const manifest = JSON.parse(
    readFileSync(join(ROOT, "node_modules", name, "package.json"), "utf8"),
  ) as { dependencies?: Record<string, string> };
  for (const d of Object.keys(manifest.dependencies ?? {})) withOwnDependencies(d, seen);
  return seen;
}

/** Packages in a bundle that no runtime dependency brings. */
function shippedWithoutReason(bundled: readonly string[], dependencies: readonly string[]) {
  const allowed = new Set(dependencies.flatMap((d) => [...withOwnDependencies(d)]));
  return bundled.filter((p) => !allowed.has(p));
}

/** Bundles a snippet the way the player is bundled (minified, es2021), with a source map. */
async function bundleOf(source: string): Promise<{ code: string; sources: string[] }> {
  const result = await build({
    configFile: false,
    root: ROOT,
    logLevel: "silent",
    plugins: [
      {
        name: "snippet",
        resolveId: (id) => (id === "snippet" ? "\0snippet" : undefined),
        load: (id) => (id === "\0snippet" ? source : undefined),
      },
    ],
    build: {
      write: false,
      target: "es2021",
      sourcemap: "hidden",
      rolldownOptions: { input: "snippet" },
    },
  });
  const chunks = (Array.isArray(result) ? result : [result])
    .flatMap((o) => ("output" in o ? o.output : []))
    .filter((c) => c.type === "chunk");
  return {
    code: chunks.map((c) => c.code).join("\n"),
    sources: chunks.flatMap((c) => c.map?.sources ?? []),
  };
}

const packageJson = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  dependencies?: Record<string, string>;
};
const runtimeDependencies = Object.keys(packageJson.dependencies ?? {});

describe("what ships to the learner", () => {
  let bundle: PlayerBundle;
  let shippedJs: Map<string, string>;

  let files: Map<string, Uint8Array>;
  let launchPages: Map<string, string>;

  beforeAll(async () => {
    const out = temp("budget");
    const built = await buildCourse("course", out, join(out, "web"));
    const webDir = built.webDir;
    launchPages = built.launchPages;
    files = readTree(webDir);
    shippedJs = new Map(
      [...readTree(webDir)]
        .filter(([path]) => path.endsWith(".js"))
        .map(([path, bytes]) => [path, new TextDecoder().decode(bytes)]),
    );
    bundle = await analysePlayer("course", join(out, "analysed"));
  }, 120_000);

  it("the bundle measured here is the player JS the packages carry, byte for byte", () => {
    expect([...bundle.files.keys()].sort()).toEqual([...shippedJs.keys()].sort());
    for (const [path, code] of shippedJs) expect(bundle.files.get(path) === code, path).toBe(true);
  });

  it(`each package's player loads at most ${BUDGETS.playerJsGzipBytes} bytes of JS gzipped to start, and hydration at most ${BUDGETS.hydrationJsGzipBytes} more (the course content is its own file)`, () => {
    const stem = questionsOf(loadCourse("course").course)[0].stemText.slice(0, 40);
    for (const [format, page] of launchPages) {
      const js = playerJsGzip(page, files);
      // The page's script, Lit, the player and this package's own LMS connection only.
      expect(
        js.files.some((f) => /^assets\/boot-/.test(f)),
        format,
      ).toBe(true);
      expect(
        js.files.some((f) => /^assets\/player-/.test(f)),
        format,
      ).toBe(true);
      const connections = js.files.filter((f) => /^assets\/(local|scorm12|scorm2004)-/.test(f));
      expect(connections, format).toHaveLength(1);
      expect(connections[0], format).toMatch(format === "web" ? /local/ : new RegExp(format));
      expect(js.gzip, format).toBeGreaterThan(0);
      expect(js.gzip, format).toBeLessThanOrEqual(BUDGETS.playerJsGzipBytes);
      expect(js.hydrationGzip, format).toBeGreaterThan(0);
      expect(js.hydrationGzip, format).toBeLessThanOrEqual(BUDGETS.hydrationJsGzipBytes);
      // Hydration support is loaded only by boot.ts, before the player: no player file imports it.
      const hydration = playerScriptsOf(page).hydration?.replace(/^assets\//, "") ?? "?";
      for (const f of js.files) expect(shippedJs.get(f), f).not.toContain(hydration);
      // The course content is not in the player's files, so the budget measures the player alone.
      for (const f of js.files) expect(shippedJs.get(f), f).not.toContain(stem);
      expect(js.courseGzip, format).toBeGreaterThan(0);
    }
    expect([...shippedJs.values()].some((code) => code.includes(stem))).toBe(true);
  });

  it(`each package's first paint needs at most ${BUDGETS.firstPaintBytes} bytes uncompressed: its page, which blocks on no other file`, () => {
    for (const [format, page] of launchPages) {
      expect(renderBlockingOf(page), format).toEqual([]);
      // The page holds the first screen itself: the first module's heading is in it.
      expect(page, format).toContain(`>${loadCourse("course").course.modules[0].title}<`);
      expect(firstPaintBytes(page, files), format).toBeLessThanOrEqual(BUDGETS.firstPaintBytes);
    }
  });

  it("ships Lit's production build, not its development build with debug code", () => {
    for (const code of shippedJs.values()) expect(code).not.toContain("DevMode");
  });

  it("the player does not carry scorm-again: the LMS runtime stays in the simulator", () => {
    for (const code of shippedJs.values()) expect(code).not.toContain(MARKS["scorm-again"]);
  });

  it("the player does not carry marked: Markdown is rendered at build time", () => {
    for (const code of shippedJs.values()) expect(code).not.toContain(MARKS.marked);
  });

  it("every runtime dependency has a line in the README saying that it ships and why", () => {
    expect(runtimeDependencies.length).toBeGreaterThan(0);
    expect(unexplained(runtimeDependencies, readFileSync(join(ROOT, "README.md"), "utf8"))).toEqual(
      [],
    );
  });

  it("every npm package in the player comes from a runtime dependency, and every runtime dependency is in the player", () => {
    const bundled = packagesInBundle(bundle);
    expect(shippedWithoutReason(bundled, runtimeDependencies)).toEqual([]);
    for (const d of runtimeDependencies) {
      expect(
        bundled.some((p) => withOwnDependencies(d).has(p)),
        `${d} is a runtime dependency but nothing of it is in the player: make it a devDependency`,
      ).toBe(true);
    }
  });
});

describe("saved state", () => {
  it(`the longest saved state the course can produce is at most ${BUDGETS.savedStateChars} characters, leaving headroom under SCORM 1.2's ${SUSPEND_DATA_LIMIT}`, () => {
    const worst = worstCaseSnapshot(loadCourse("course").course);
    expect(worst.length).toBeLessThanOrEqual(BUDGETS.savedStateChars);
  });
});

describe("the shipping checks catch what they look for", () => {
  it("a bundle with either scorm-again API in it carries the scorm-again mark", async () => {
    for (const api of ["Scorm12API", "Scorm2004API"]) {
      const { code, sources } = await bundleOf(
        `import { ${api} } from "scorm-again"; globalThis.api = new ${api}({});`,
      );
      expect(code, api).toContain(MARKS["scorm-again"]);
      expect(shippedWithoutReason(packagesInBundle({ sources }), runtimeDependencies)).toContain(
        "scorm-again",
      );
    }
  }, 60_000);

  it("a bundle that renders Markdown with marked carries the marked mark", async () => {
    const { code, sources } = await bundleOf(
      `import { marked } from "marked"; globalThis.html = marked.parse(globalThis.text);`,
    );
    expect(code).toContain(MARKS.marked);
    expect(shippedWithoutReason(packagesInBundle({ sources }), runtimeDependencies)).toEqual([
      "marked",
    ]);
  }, 60_000);

  it("the README check names a runtime dependency with no line, a line saying no, or no reason", () => {
    const readme = (row: string) =>
      `# x\n\n## What ships to the learner\n\n| dependency | ships? | why |\n| --- | --- | --- |\n${row}\n\n## Next\n| lit | yes | not this table |\n`;
    expect(unexplained(["lit"], readme("| marked | no (build time) | Markdown |"))).toEqual([
      "lit",
    ]);
    expect(unexplained(["lit"], readme("| lit | no | web components |"))).toEqual(["lit"]);
    expect(unexplained(["lit"], readme("| lit | yes |  |"))).toEqual(["lit"]);
    expect(unexplained(["lit"], readme("| `lit`, other | yes | web components |"))).toEqual([]);
  });
});
