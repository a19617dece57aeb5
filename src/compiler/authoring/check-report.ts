/**
 * What `npm run check` prints for a course folder, as lines, so that what authors read can be
 * tested: the problems (and nothing is built), or the files left out, the warnings, the summary,
 * the saved-state line, the one reading-time figure and the test-wise learner's score.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type CourseProblem, displayPath, formatProblem } from "../../loading/problems.js";
import { filesLeftOut } from "../course/checks/folder.js";
import { guessabilityWarnings, locateQuestions } from "../course/checks/guessability.js";
import { linkWarnings } from "../course/checks/link-warnings.js";
import { estimateWarning, readingTime, readingTimeLine } from "../course/checks/reading-time.js";
import { sectionLengthWarnings } from "../course/checks/section-length.js";
import { textLinkWarnings } from "../course/checks/text-links.js";
import { checkSavedStateFits, savedStateLine } from "../course/course-rules.js";
import { checkCourse, type LoadedCourse } from "../course/loader.js";
import { RECORD_FOLDER } from "../course/record.js";
import { courseSummary } from "../course/summary.js";

const read = (path: string) => ({ file: displayPath(path), text: readFileSync(path, "utf8") });

function moduleSources(loaded: LoadedCourse) {
  const modules = join(loaded.dir, "modules");
  return readdirSync(modules)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => read(join(modules, f)));
}

/** Each module file's text with the module it compiled to (the files and modules share their order). */
function withModules(sources: { file: string; text: string }[], loaded: LoadedCourse) {
  const idOf = (text: string) => /^id:\s*["']?([^"'\s]+)/m.exec(text)?.[1];
  return sources.flatMap((s) => {
    const module = loaded.course.modules.find((m) => m.id === idOf(s.text));
    return module ? [{ ...s, module }] : [];
  });
}

/** Warnings: things an author should weigh, which do not stop the build. */
export function warningsFor(loaded: LoadedCourse): CourseProblem[] {
  const sources = moduleSources(loaded);
  const warnings = guessabilityWarnings(locateQuestions(loaded.course, sources));
  const yamlPath = join(loaded.dir, "course.yaml");
  const settings = [yamlPath, join(loaded.dir, "glossary.yaml")]
    .filter((p) => existsSync(p))
    .map(read);
  warnings.push(...linkWarnings([...settings, ...sources]));
  // Modules named twice in a row, and "See Lesson 3" where a link would take learners there.
  warnings.push(...textLinkWarnings(sources));
  // Sections too long to read a screen or two at a time.
  warnings.push(...sectionLengthWarnings(withModules(sources, loaded)));
  // The test-wise learner: the loader judged it; its warnings are listed with the others.
  warnings.push(...(loaded.testWise?.warnings ?? []));
  const estimate = estimateWarning(loaded.course.estimatedMinutes, readingTime(loaded.course));
  if (estimate) {
    const line = readFileSync(yamlPath, "utf8")
      .split("\n")
      .findIndex((l) => l.startsWith("estimated_minutes"));
    warnings.push({ file: displayPath(yamlPath), line: line + 1, message: estimate });
  }
  return warnings;
}

export interface CheckReport {
  ok: boolean;
  /** Lines for standard output. */
  out: string[];
  /** Lines for standard error (the problems, when there are any). */
  err: string[];
}

export function checkReport(dir: string): CheckReport {
  const { course, problems } = checkCourse(dir);
  if (course) problems.push(...checkSavedStateFits(course));
  if (problems.length > 0 || !course) {
    const n = problems.length;
    return {
      ok: false,
      out: [],
      err: [
        ...problems.map(formatProblem),
        `\n${n} problem${n === 1 ? "" : "s"} found in ${dir}: nothing was built.`,
      ],
    };
  }
  const out: string[] = [];
  // Files the package leaves out are not mistakes (notes, the guide), but authors should know.
  const leftOut = filesLeftOut(course.dir, course.media, !!course.course.glossary);
  if (leftOut.length > 0) {
    out.push(
      `Not in the package (the build leaves these out):\n${leftOut.map((f) => `  ${f}`).join("\n")}`,
    );
  }
  const warnings = warningsFor(course);
  for (const w of warnings) out.push(formatProblem({ ...w, message: `warning: ${w.message}` }));
  if (warnings.length > 0)
    out.push(
      `${warnings.length} warning${warnings.length === 1 ? "" : "s"} (they do not stop the build).\n`,
    );
  // What learners of the published versions lose or meet in this one (removed items, rewordings).
  const notes = course.publishedNotes;
  if (notes.length > 0)
    out.push(
      `Since the last published version (${RECORD_FOLDER}/):\n${notes.map((n) => `  - ${n}`).join("\n")}\n`,
    );
  out.push(
    `${dir}: "${course.course.title}" version ${course.course.version} is ready to build: ${courseSummary(course.course)}.`,
  );
  out.push(savedStateLine(course));
  out.push(readingTimeLine(readingTime(course.course)));
  if (course.testWise) out.push(course.testWise.line);
  return { ok: true, out, err: [] };
}
