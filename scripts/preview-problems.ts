/**
 * The lines the live preview shows while the course folder has problems: each as
 * `file:line: message` with the file named inside the course folder (never an absolute path),
 * then where the guide explains them.
 */
import { basename, isAbsolute, relative, resolve } from "node:path";
import { type CourseProblem, formatProblem } from "../src/course/problems.js";

export const GUIDE_POINTER =
  'Each message says what to change. More help: the authoring guide, course/README.md, section "What the checker\'s messages mean". Save the file and this page reloads.';

export function previewProblemLines(
  problems: readonly CourseProblem[],
  courseDir: string,
): string[] {
  const dir = resolve(courseDir);
  const lines = problems.map((p) => {
    const path = resolve(p.file);
    const inside = relative(dir, path);
    const file =
      inside && !inside.startsWith("..") && !isAbsolute(inside)
        ? `${basename(dir)}/${inside}`
        : p.file;
    return formatProblem({ ...p, file });
  });
  return [...lines, "", GUIDE_POINTER];
}
