/**
 * The folders say where code runs: what the player ships lives apart from the Node compiler and
 * the tools, and tests are never a dependency of anything else.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");

/** Every TypeScript file under a project folder, project-relative with "/". */
function sourcesIn(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts"))
    .map((f) => `${folder}/${f.split("\\").join("/")}`);
}

/** The project-relative files a source file imports (relative specifiers only). */
function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), "utf8");
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"'?]+)/g)];
  return specifiers.map(([, spec]) =>
    relative(ROOT, resolve(ROOT, dirname(file), spec))
      .split("\\")
      .join("/"),
  );
}

describe("homes", () => {
  it("nothing outside tests/ imports from tests/", () => {
    const outside = ["src", "scripts", "scorm"].flatMap(sourcesIn);
    const offenders = outside.flatMap((f) =>
      importsOf(f)
        .filter((target) => target.startsWith("tests/"))
        .map((target) => `${f} → ${target}`),
    );
    expect(offenders).toEqual([]);
  });

  it("the code the player runs never imports the Node compiler, the loading helpers or the tools", () => {
    const shipped = ["src/course", "src/player", "src/progress", "src/lms"].flatMap(sourcesIn);
    const offenders = shipped.flatMap((f) =>
      importsOf(f)
        .filter((target) => /^src\/(compiler|loading|tools)\//.test(target))
        .map((target) => `${f} → ${target}`),
    );
    expect(offenders).toEqual([]);
  });

  it("src/course holds the shipped model only: no Node module in it", () => {
    const nodeImports = sourcesIn("src/course").filter((f) =>
      /from\s+["']node:/.test(readFileSync(join(ROOT, f), "utf8")),
    );
    expect(nodeImports).toEqual([]);
  });
});
