/**
 * The layers of src/, read from the imports themselves: the kit sits below blocks and player,
 * blocks never reach up into the player, the progress rules never reach into a block's element
 * code, and no two folders of src/ import each other, by any path.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = resolve(import.meta.dirname, "../../src");

interface Edge {
  from: string;
  to: string;
}

/** Every relative import (static, dynamic or type-only) of every .ts file under src/. */
function importsOf(): Edge[] {
  const edges: Edge[] = [];
  const files = readdirSync(SRC, { recursive: true, encoding: "utf8" }).filter(
    (f) => f.endsWith(".ts") && !f.endsWith(".d.ts"),
  );
  const pattern = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)["'](\.{1,2}\/[^"']+)["']/gm;
  for (const file of files) {
    const text = readFileSync(join(SRC, file), "utf8");
    for (const m of text.matchAll(pattern)) {
      const target = resolve(dirname(join(SRC, file)), m[1]).replace(/\.js$/, ".ts");
      edges.push({
        from: file.replaceAll("\\", "/"),
        to: relative(SRC, target).replaceAll("\\", "/"),
      });
    }
  }
  return edges;
}

const folderOf = (path: string) => path.split("/")[0];

/** Block files that are element code: everything of a kind's folder but its model, rules and loader. */
function isBlockElementCode(path: string): boolean {
  if (!path.startsWith("blocks/")) return false;
  const name = path.split("/").at(-1) ?? "";
  return !/^(model|rules|run-kind|kinds|load(-[a-z-]+)?|build|build-kind|build-kinds|outline|order|endings)\.ts$/.test(
    name,
  );
}

/** Folder-level loops: each a list of folders, the first repeated at the end. */
function folderLoops(edges: Edge[]): string[][] {
  const graph = new Map<string, Set<string>>();
  for (const { from, to } of edges) {
    const a = folderOf(from);
    const b = folderOf(to);
    if (a === b) continue;
    if (!graph.has(a)) graph.set(a, new Set());
    graph.get(a)?.add(b);
  }
  const loops: string[][] = [];
  const walk = (start: string, at: string, path: string[]) => {
    for (const next of graph.get(at) ?? []) {
      if (next === start) loops.push([...path, start]);
      else if (!path.includes(next) && next > start) walk(start, next, [...path, next]);
    }
  };
  for (const start of [...graph.keys()].sort()) walk(start, start, [start]);
  return loops;
}

const STATIC_IMPORT =
  /^\s*(?:import|export)\s+(?!type\b)(?:[^"';]*?\sfrom\s*)?["'](\.{1,2}\/[^"']+)["']/gm;
const DYNAMIC_IMPORT = /\bimport\s*\(\s*["'](\.{1,2}\/[^"']+)["']/g;

/** Files a file loads when it is loaded: its static imports (not `import()`, not `import type`), transitively. */
function staticallyReached(start: string): Set<string> {
  return reachedBy(start, [STATIC_IMPORT]);
}

/** Files a file may load, at once or later: its static imports and its `import()`s, transitively. */
function everReached(start: string): Set<string> {
  return reachedBy(start, [STATIC_IMPORT, DYNAMIC_IMPORT]);
}

function reachedBy(start: string, patterns: readonly RegExp[]): Set<string> {
  const reached = new Set<string>();
  const visit = (file: string) => {
    if (reached.has(file)) return;
    reached.add(file);
    const text = readFileSync(join(SRC, file), "utf8");
    for (const m of patterns.flatMap((p) => [...text.matchAll(p)])) {
      const target = resolve(dirname(join(SRC, file)), m[1]).replace(/\.js$/, ".ts");
      visit(relative(SRC, target).replaceAll("\\", "/"));
    }
  };
  visit(start);
  return reached;
}

const definesElement = (file: string) =>
  readFileSync(join(SRC, file), "utf8").includes("customElements.define(");

describe("the layers of src/", () => {
  const edges = importsOf();

  it("reads the imports it checks", () => {
    expect(edges.some((e) => e.from === "player/main.ts")).toBe(true);
  });

  it("blocks never import from the player", () => {
    const up = edges.filter((e) => e.from.startsWith("blocks/") && e.to.startsWith("player/"));
    expect(up.map((e) => `${e.from} → ${e.to}`)).toEqual([]);
  });

  it("the kit imports from no other folder of src/", () => {
    const out = edges.filter((e) => e.from.startsWith("kit/") && !e.to.startsWith("kit/"));
    // The course model's types are the kit's vocabulary: the session's interface speaks of them.
    const allowed = (e: Edge) => e.to === "course/model.ts";
    expect(out.filter((e) => !allowed(e)).map((e) => `${e.from} → ${e.to}`)).toEqual([]);
  });

  it("the progress rules never import a block's element code", () => {
    const bad = edges.filter((e) => e.from.startsWith("progress/") && isBlockElementCode(e.to));
    expect(bad.map((e) => `${e.from} → ${e.to}`)).toEqual([]);
  });

  it("src/loading imports only the course model and libraries", () => {
    expect(edges.some((e) => e.from === "loading/load-context.ts")).toBe(true);
    const out = edges.filter((e) => e.from.startsWith("loading/") && !e.to.startsWith("loading/"));
    const allowed = (e: Edge) => e.to === "course/model.ts";
    expect(out.filter((e) => !allowed(e)).map((e) => `${e.from} → ${e.to}`)).toEqual([]);
  });

  it("no two folders of src/ import each other, by any path", () => {
    expect(folderLoops(edges).map((l) => l.join(" → "))).toEqual([]);
  });

  it("the course model names no kind of block: each kind adds itself to it", () => {
    const out = edges.filter((e) => e.from.startsWith("course/"));
    expect(out.map((e) => `${e.from} → ${e.to}`)).toEqual([]);
  });

  it("the rules (read by Node too) load no element: a kind's element loads when its block is shown", () => {
    const reached = staticallyReached("progress/report.ts");
    expect(reached.has("blocks/kinds.ts")).toBe(true);
    expect([...reached].filter(definesElement)).toEqual([]);
  });

  it("the team session (index.html#team) is loaded only when asked for, never with the player", () => {
    expect(everReached("player/main.ts").has("team-session/team-screen.ts")).toBe(true);
    expect(staticallyReached("player/main.ts").has("team-session/team-session.ts")).toBe(false);
  });

  it("nothing the learner's player loads, to start or later, reaches build-time code", () => {
    const reached = everReached("player/main.ts");
    // What it loads to start, and the elements it fetches when a page shows one.
    expect(staticallyReached("player/main.ts").has("blocks/kinds.ts")).toBe(true);
    expect(reached.has("blocks/question/question-card.ts")).toBe(true);
    expect(reached.has("blocks/ordering/ordering-question.ts")).toBe(true);
    const buildTime = (f: string) =>
      /^(compiler|loading|tools)\//.test(f) ||
      /(^|\/)(build|build-kind|build-kinds|load(-[a-z-]+)?)\.ts$/.test(f);
    expect([...reached].filter(buildTime)).toEqual([]);
  });
});
