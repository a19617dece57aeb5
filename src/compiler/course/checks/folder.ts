/**
 * Lists the files in a course folder that the build will leave out, so that a module saved
 * as "02-x.md.txt", "02-x.MD" or a Word document is never dropped from the course silently.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import type { CourseProblem } from "../../../loading/problems.js";

/** Files every computer leaves behind; nobody means them to be content. */
const SYSTEM_FILE = /^(\.|~\$|Thumbs\.db$|desktop\.ini$)/i;
/** The files a course folder is made of, besides modules/ and the media it uses. */
const COURSE_FILES = new Set([
  "course.yaml",
  "CHANGELOG.md",
  "README.md",
  "modules",
  "media",
  // Read by the build for the facilitator pack written beside the zips, not packaged.
  "team.md",
]);

/** Problems for every entry in modules/ that is not a Markdown module file. */
export function ignoredModuleFiles(
  dir: string,
  display: (path: string) => string,
): CourseProblem[] {
  const modulesDir = join(dir, "modules");
  if (!existsSync(modulesDir) || !statSync(modulesDir).isDirectory()) return [];
  const problems: CourseProblem[] = [];
  for (const name of readdirSync(modulesDir).sort()) {
    if (name.endsWith(".md") || SYSTEM_FILE.test(name)) continue;
    const path = join(modulesDir, name);
    problems.push({ file: display(path), line: 1, message: whyIgnored(name, path) });
  }
  return problems;
}

function whyIgnored(name: string, path: string): string {
  if (statSync(path).isDirectory()) {
    return "this folder is left out of the course: modules are .md files directly in modules/, so move its modules up or the folder out";
  }
  const markdown =
    /^(.*?\.md)\.[^.]+$/i.exec(name)?.[1] ?? /^(.*)\.(md|markdown)$/i.exec(name)?.[1];
  if (markdown) {
    const fixed = markdown.replace(/\.md$/i, "").toLowerCase();
    return `this module is left out of the course because its name does not end in ".md": rename it to "${fixed}.md" (Windows may hide the real ending: turn on "File name extensions")`;
  }
  return 'this file is left out of the course: modules are Markdown files named like "03-family-m.md" (copy a Word document\'s text into one), so move other files out of modules/';
}

/**
 * Course-relative paths of the other files the package leaves out: anything beside
 * course.yaml, CHANGELOG.md and the guide, and media files no module shows. glossary.yaml is
 * left out only when the course has no terms: its terms are compiled into the package.
 */
export function filesLeftOut(
  dir: string,
  usedMedia: readonly string[],
  hasGlossary = false,
): string[] {
  const out: string[] = [];
  const used = new Set(usedMedia);
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      if (SYSTEM_FILE.test(name)) continue;
      const path = join(folder, name);
      const rel = relative(dir, path);
      if (statSync(path).isDirectory()) walk(path);
      else if (!used.has(rel)) out.push(rel);
    }
  };
  for (const name of readdirSync(dir).sort()) {
    if (SYSTEM_FILE.test(name)) continue;
    const path = join(dir, name);
    if (name === "media" && statSync(path).isDirectory()) walk(path);
    else if (name === "glossary.yaml" && hasGlossary) continue;
    else if (!COURSE_FILES.has(name)) out.push(statSync(path).isDirectory() ? `${name}/` : name);
  }
  return out;
}
