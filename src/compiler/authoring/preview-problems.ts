/**
 * The lines the live preview shows while the course folder has problems: each as
 * `file:line: message` with the file named inside the course folder (never an absolute path),
 * then where the guide explains them.
 */
import { basename, isAbsolute, relative, resolve } from "node:path";
import { type CourseProblem, formatProblem } from "../../loading/problems.js";

export const GUIDE_POINTER =
  'Each message says what to change. More help: the authoring guide, course/README.md, section "What the checker\'s messages mean". Save the file and this page reloads.';

/**
 * The section of the authoring guide (course/README.md) that explains a problem, as the anchor
 * GitHub and the preview's /guide page give its heading. Ordered from the most particular clue
 * to the general section on messages.
 */
const GUIDE_SECTIONS: ReadonlyArray<[RegExp, string]> = [
  [
    /\{\{|"(phone|link)" is|read as formatting|from "(local|front_door|escalation_policy|procedures)"|in "(local|front_door|escalation_policy|procedures)"/,
    "your-local-arrangements",
  ],
  [/both start with \d+/, "the-folder-layout"],
  [/never closed|not closed before/, "special-blocks"],
  [/heading|has no text/, "writing-the-text-of-a-module"],
  [/UTF-8|encoding|saved as/i, "what-the-checkers-messages-mean"],
  [/characters|too long|at most \d+/i, "how-long-texts-can-be"],
  [/HTML|curly|quotes|tab\b|tabs|invisible/i, "writing-the-text-of-a-module"],
  [/CHANGELOG|changelog|version/i, "publishing-a-new-version"],
  [/\bpage\b/i, "pages-keeping-each-screen-short"],
  [/glossary|\[\[/i, "the-glossary"],
  [/branching|scene/i, "a-branching-scenario-walking-a-case"],
  [/\bid\b|ids\b/i, "the-rules-on-ids"],
  [/question|option|feedback|correct/i, "special-blocks"],
  [/saved progress|4096/i, "keeping-saved-progress-small"],
];

export function guideSectionOf(problem: CourseProblem): string {
  const file = problem.file.replace(/\\/g, "/");
  for (const [clue, anchor] of GUIDE_SECTIONS) if (clue.test(problem.message)) return anchor;
  if (file.endsWith("course.yaml")) return "course-settings-courseyaml";
  if (file.endsWith("glossary.yaml")) return "the-glossary";
  if (/\/modules\/|^modules\//.test(file)) return "modules";
  return "what-the-checkers-messages-mean";
}

/** The guide's headings as anchors, the way GitHub makes them: lower case, words joined by "-". */
export function headingAnchor(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, "")
    .trim()
    .replace(/ /g, "-");
}

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

/** For each problem line, the guide page's link that explains it ("" for the closing lines). */
export function previewGuideLinks(problems: readonly CourseProblem[]): string[] {
  return [...problems.map((p) => `/guide#${guideSectionOf(p)}`), "", ""];
}
