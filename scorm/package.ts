/**
 * Wraps one web build in a package: a SCORM 1.2 zip, a SCORM 2004 zip, or a plain web zip.
 * The only differences are the manifest, the schema files and the launch mode written into
 * index.html. Zips are deterministic: sorted entries and a fixed timestamp.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Zippable, zipSync } from "fflate";
import type { Course } from "../src/course/model.js";
import { manifest12, manifest2004, SCHEMA_FILES, type ScormVersion } from "./manifest.js";

export type PackageFormat = ScormVersion | "web";

/** A fixed time for every entry, so the same input gives the same bytes in any timezone. */
const FIXED_MTIME = new Date(Date.UTC(2000, 0, 1, 0, 0, 0));
const SCHEMA_ROOT = join(import.meta.dirname, "schemas");
export const LAUNCH_PAGE = "index.html";

export function packageName(course: Course, format: PackageFormat): string {
  return `${course.id}-${course.version}-${format}.zip`;
}

/** Tells the player which LMS API to look for (see src/lms/index.ts). */
export function withLaunchMode(indexHtml: string, format: PackageFormat): string {
  const mode = format === "web" ? "none" : format;
  const tag = '<meta name="lms" content="auto" />';
  if (!indexHtml.includes(tag)) throw new Error(`index.html has no ${tag} to set`);
  return indexHtml.replace(tag, `<meta name="lms" content="${mode}" />`);
}

/** The files of a package, by zip path, before zipping. */
export function packageFiles(
  course: Course,
  web: ReadonlyMap<string, Uint8Array>,
  format: PackageFormat,
): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const [path, bytes] of web) files.set(path, bytes);
  const index = web.get(LAUNCH_PAGE);
  if (!index) throw new Error(`the web build has no ${LAUNCH_PAGE}`);
  files.set(
    LAUNCH_PAGE,
    new TextEncoder().encode(withLaunchMode(new TextDecoder().decode(index), format)),
  );
  if (format === "web") return files;
  const input = { course, files: [...web.keys()], launch: LAUNCH_PAGE };
  const xml = format === "scorm12" ? manifest12(input) : manifest2004(input);
  files.set("imsmanifest.xml", new TextEncoder().encode(xml));
  const schemas = SCHEMA_FILES[format];
  for (const f of schemas.files) files.set(f, readFileSync(join(SCHEMA_ROOT, schemas.dir, f)));
  return files;
}

export function zipFiles(files: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const tree: Zippable = {};
  // imsmanifest.xml first (some importers read only the start), then the rest in path order.
  const paths = [...files.keys()].sort((a, b) =>
    a === "imsmanifest.xml" ? -1 : b === "imsmanifest.xml" ? 1 : a < b ? -1 : a > b ? 1 : 0,
  );
  for (const p of paths) {
    tree[p] = [files.get(p) as Uint8Array, { mtime: FIXED_MTIME, level: 9 }];
  }
  return zipSync(tree, { mtime: FIXED_MTIME });
}
