/**
 * The bytes a learner and an LMS get (packages, player JS, first paint, schemas), and the build's
 * time.
 */
import { readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { SCHEMA_FILES } from "../../../scorm/manifest.js";
import { packageFiles, zipFiles } from "../../../scorm/package.js";
import { buildCourse, readTree, type WebBuild } from "../../compiler/build.js";
import { firstPaintBytes, playerJsGzip } from "../../compiler/player-build/launch-page.js";
import type { Course } from "../../course/model.js";
import { median, round1 } from "./figures.js";
import { type PlayerBundle, packagesInBundle, partOf } from "./player-bundle.js";
import { BENCH_DIST, BENCH_WEB, byteLength, COURSE_DIR, gzipBytes, ROOT } from "./settings.js";

// ---------------------------------------------------------------------------------------------
// Sizes

export interface Size {
  raw: number;
  gzip: number;
}
export const sizeOf = (data: string | Uint8Array): Size => ({
  raw: typeof data === "string" ? byteLength(data) : data.length,
  gzip: gzipBytes(data),
});

export function measureSizes(course: Course, build: WebBuild, bundle: PlayerBundle) {
  const { zips, webDir } = build;
  const web = readTree(webDir);
  const filesEnding = (ext: string) => [...web].filter(([p]) => p.endsWith(ext));
  const total = (entries: Array<[string, Uint8Array]>): Size & { files: string[] } => ({
    files: entries.map(([p]) => p),
    raw: entries.reduce((n, [, b]) => n + b.length, 0),
    gzip: entries.reduce((n, [, b]) => n + gzipBytes(b), 0),
  });
  const js = total(filesEnding(".js"));
  const html = total(filesEnding(".html"));
  const courseJson = sizeOf(JSON.stringify(course));
  const playerFile = total(filesEnding(".js").filter(([p]) => /^assets\/player-/.test(p)));
  const courseFile = total(filesEnding(".js").filter(([p]) => /^assets\/course-/.test(p)));

  const parts = new Map<string, string[]>();
  for (const [source, text] of bundle.textBySource) {
    const part = partOf(source);
    parts.set(part, [...(parts.get(part) ?? []), text]);
  }
  const breakdown = [...parts]
    .map(([part, texts]) => ({ part, ...sizeOf(texts.join("")) }))
    .sort((a, b) => b.raw - a.raw);

  const schemas = (["scorm12", "scorm2004"] as const).map((format) => {
    const set = SCHEMA_FILES[format];
    const bytes = set.files.map((f) => readFileSync(join(ROOT, "scorm/schemas", set.dir, f)));
    // What the schema files add to the real zip: the same package zipped without them.
    const files = packageFiles(course, web, format);
    for (const f of set.files) files.delete(f);
    const zip = zips.find((z) => z.endsWith(`-${format}.zip`));
    return {
      format,
      files: set.files.length,
      raw: bytes.reduce((n, b) => n + b.length, 0),
      gzip: bytes.reduce((n, b) => n + gzipBytes(b), 0),
      inZip: zip ? statSync(zip).size - zipFiles(files).length : undefined,
    };
  });

  const builtJs = new Map(filesEnding(".js").map(([p, b]) => [p, new TextDecoder().decode(b)]));
  const analysisMatchesBuild =
    builtJs.size === bundle.files.size &&
    [...builtJs].every(([p, code]) => bundle.files.get(p) === code);

  // What each package's launch page makes a learner load: for the first paint, and to start.
  const launch = [...build.launchPages].map(([format, page]) => ({
    format,
    firstPaintBytes: firstPaintBytes(page, web),
    ...playerJsGzip(page, web),
  }));
  const worstStart = launch.reduce((a, b) => (b.gzip > a.gzip ? b : a));

  return {
    zips: zips.map((z) => ({ name: basename(z), bytes: statSync(z).size })),
    launch,
    worstStart,
    playerJs: js,
    indexHtml: html,
    courseJson,
    playerFile,
    courseFile,
    breakdown,
    analysisMatchesBuild,
    packagesShipped: packagesInBundle(bundle),
    schemas,
  };
}

// ---------------------------------------------------------------------------------------------
// Build time

/** Builds every package `runs` times in this process; the first run also loads Vite. */
export async function timeBuilds(runs: number) {
  const ms: number[] = [];
  let last: WebBuild | undefined;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    last = await buildCourse(COURSE_DIR, BENCH_DIST, BENCH_WEB);
    ms.push(performance.now() - t0);
  }
  return { runsMs: ms.map(round1), medianMs: round1(median(ms)), build: last as WebBuild };
}
