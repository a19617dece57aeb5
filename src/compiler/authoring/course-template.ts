/**
 * Creates a new course folder from templates/new-course: one example of every block kind in
 * made-up words, so a new briefing starts from a course that checks and builds, with nothing
 * from Family M to delete.
 */
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { ID_PATTERN } from "../../course/model.js";

export const TEMPLATE_DIR = resolve(import.meta.dirname, "../../../templates/new-course");

/** A course id from a folder name: "Baby T review" → "baby-t-review". */
export function courseIdFor(folderName: string): string {
  const words = folderName
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  const id = /^[a-z]/.test(words) ? words : `course-${words}`.replace(/-+$/, "");
  return id.slice(0, 48).replace(/-+$/, "");
}

/** Copies the template to `target` (which must not hold files yet); returns the course id. */
export function createCourse(target: string): string {
  const dir = resolve(target);
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    throw new Error(
      `${target} already has files in it: choose a new folder name, so nothing there is overwritten`,
    );
  }
  const id = courseIdFor(basename(dir));
  if (!ID_PATTERN.test(id)) {
    throw new Error(
      `cannot make a course id from "${basename(dir)}": use a folder name with letters`,
    );
  }
  cpSync(TEMPLATE_DIR, dir, { recursive: true });
  const yaml = join(dir, "course.yaml");
  writeFileSync(yaml, readFileSync(yaml, "utf8").replace(/^id: new-course$/m, `id: ${id}`));
  return id;
}
