/** Course folders for checker tests: a copy of a fixture with files rewritten, and its problems. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkCourse } from "../../src/compiler/course/loader.js";
import { formatProblem } from "../../src/loading/problems.js";

/** The smallest complete course, the usual starting point. */
export const TINY_COURSE = "tests/fixtures/tiny-course";

/** A temporary copy of `source` with each named file rewritten by its edit. */
export function courseCopy(
  source: string,
  edits: Record<string, (text: string) => string>,
): string {
  const dir = mkdtempSync(join(tmpdir(), "course-"));
  cpSync(source, dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(dir, file);
    writeFileSync(path, edit(readFileSync(path, "utf8")));
  }
  return dir;
}

/** The checker's problems, as authors read them, with the temporary folder taken off each path. */
export function problemsIn(dir: string): string[] {
  return checkCourse(dir).problems.map((p) =>
    formatProblem({ ...p, file: p.file.replace(`${dir}/`, "") }),
  );
}
