/**
 * Reads a course folder (course.yaml + modules/NN-slug.md) into a typed Course, checking
 * everything an author can get wrong and reporting each problem as file:line: message.
 * Runs at build time in Node only.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { buildKinds, FENCED_KINDS } from "../../blocks/build-kinds.js";
import { checkGlossary, readGlossary } from "../../blocks/glossary/load.js";
import type { FencedKind } from "../../blocks/kinds.js";
import { kindOf } from "../../blocks/rules.js";
import type { Block, Course, Module } from "../../course/model.js";
import { MEDIA_PATH_MAX_LENGTH } from "../../loading/limits.js";
import { type BlockContext, checkTheme, IdRegistry, problem } from "../../loading/load-context.js";
import { marked, renderBlock, renderInline } from "../../loading/markdown.js";
import { type TermUse, termUses } from "../../loading/marking.js";
import { CourseError, type CourseProblem, closest, displayPath } from "../../loading/problems.js";
import { FieldReader, lineOf, parseYaml, type YamlSource } from "../../loading/yaml-fields.js";
import { readTeam, type TeamContent } from "../team-pack/team-md.js";
import { checkModuleBody } from "./checks/body.js";
import { versionBehindChangelog } from "./checks/changelog.js";
import { ignoredModuleFiles } from "./checks/folder.js";
import { emptyLinks, markdownSlips, unclosedFence } from "./checks/markdown-slips.js";
import { checkPublished } from "./checks/published.js";
import { moduleMinutes } from "./checks/reading-time.js";
import { type TestWiseReport, testWiseCheck } from "./checks/test-wise-check.js";
import { readCourseYaml } from "./course-yaml.js";
import { readAuthorText } from "./encoding.js";
import { moduleIcon } from "./icons.js";
import { type ModuleSource, resolveModuleLinks } from "./module-links.js";
import { expandPlaceholders } from "./placeholders.js";
import { RECORD_FOLDER, recordFileName } from "./record.js";

export { MAX_REFLECTION_LENGTH } from "../../blocks/reflection/load.js";

export interface LoadedCourse {
  course: Course;
  /** Course-relative paths of media files the content uses (to copy into the package). */
  media: string[];
  /** Absolute path of the course folder. */
  dir: string;
  /** What learners of the published versions lose or meet in this one (removed items, rewordings). */
  publishedNotes: string[];
  /** The test-wise learner's figure and warnings, for `npm run check` (none when nothing is scored). */
  testWise?: TestWiseReport;
  /** What team.md adds to the facilitator pack, when the course folder has one. */
  team?: TeamContent;
}

export interface CheckResult {
  course?: LoadedCourse;
  problems: CourseProblem[];
}

const MODULE_KEYS = ["id", "title", "themes", "content_warning", "icon", "why"] as const;
const MODULE_FILE = /^\d{2}-[a-z0-9-]+\.md$/;
/** Loads a course or throws a CourseError listing every problem. */
export function loadCourse(dir: string): LoadedCourse {
  const result = checkCourse(dir);
  if (!result.course || result.problems.length > 0) throw new CourseError(result.problems);
  return result.course;
}

/** Checks a course folder, returning every problem found (and the course when there are none). */
export function checkCourse(dir: string): CheckResult {
  const absDir = resolve(dir);
  const problems: CourseProblem[] = [];
  const display = displayPath;
  const yamlPath = join(absDir, "course.yaml");
  if (!existsSync(yamlPath)) {
    problems.push({
      file: display(yamlPath),
      line: 1,
      message: "there is no course.yaml: every course folder needs one (see course/README.md)",
    });
    return { problems };
  }
  const ids = new IdRegistry(problems);
  const media = new Set<string>();
  const themeLines = new Map<string, number>();
  const yamlText = readText(yamlPath, problems);
  const header =
    yamlText === undefined
      ? undefined
      : readCourseYaml(display(yamlPath), yamlText, ids, problems, themeLines, absDir, media);
  const themeIds = new Set(themeLines.keys());

  const modulesDir = join(absDir, "modules");
  const files =
    existsSync(modulesDir) && statSync(modulesDir).isDirectory()
      ? readdirSync(modulesDir)
          .filter((f) => f.endsWith(".md"))
          .sort()
      : [];
  problems.push(...ignoredModuleFiles(absDir, display));
  if (files.length === 0) {
    problems.push({
      file: display(modulesDir),
      line: 1,
      message: "there are no modules: add Markdown files such as modules/01-welcome.md",
    });
  }
  problems.push(...sharedNumbers(files, display, modulesDir));
  const read: ModuleSource[] = [];
  const uses: Array<TermUse & { file: string }> = [];
  // A block left open swallows the rest of its module, glossary terms and all: say that once,
  // without the glossary problems that would only follow from it.
  const swallowed = { any: false };
  for (const f of files) {
    const path = join(modulesDir, f);
    const file = display(path);
    if (!MODULE_FILE.test(f)) {
      problems.push({
        file,
        line: 1,
        message: `module file names start with two digits and use lowercase words joined by hyphens, like "03-family-m.md"`,
      });
      continue;
    }
    // Without readable course settings every theme would look undeclared: say nothing of them.
    const themesKnown = header !== undefined;
    const ctx: BlockContext = {
      file,
      dir: absDir,
      problems,
      ids,
      themeIds,
      themesKnown,
      media,
      termUses: uses,
    };
    // Placeholders ({{local.front_door}}) become the settings they name before anything reads
    // the text, so what they become is checked and sanitized as the author's own words are.
    const raw = readText(path, problems);
    const text = raw === undefined ? undefined : expandPlaceholders(raw, file, 1, header, problems);
    const m = text === undefined ? undefined : readModule(text, ctx, swallowed);
    if (m && text !== undefined) read.push({ name: f, file, text, module: m });
  }
  const others = [yamlPath, join(absDir, "glossary.yaml")]
    .filter((p) => existsSync(p))
    .map((p) => ({ file: display(p), text: readFileSync(p, "utf8") }));
  const modules = resolveModuleLinks(read, files, others, problems);
  if (header && problems.length === 0) {
    // Whatever the kind that asks it (a question, a decision, an assessment item).
    const asked = new Set(
      modules
        .flatMap((m) => m.blocks)
        .flatMap((b) =>
          kindOf(b)
            .answerables(b)
            .map((a) => a.theme),
        ),
    );
    for (const t of header.themes) {
      if (asked.has(t.id)) continue;
      problems.push({
        file: display(yamlPath),
        line: themeLines.get(t.id) ?? 1,
        message: `the theme "${t.id}" has no questions: give it at least one, or remove it (each theme is reported to the LMS as an objective)`,
      });
    }
  }
  const glossary = readGlossary(absDir, display, problems);
  const hasGlossaryPage = modules.some((m) => m.blocks.some((b) => b.kind === "glossary"));
  if (!swallowed.any)
    checkGlossary(
      glossary,
      uses,
      hasGlossaryPage,
      display(join(absDir, "glossary.yaml")),
      problems,
    );
  if (header) checkChangelog(absDir, header.version, display, problems);
  const published =
    header && problems.length === 0
      ? checkPublished({ ...header, modules }, absDir, [...others, ...read], display)
      : undefined;
  if (published) problems.push(...published.problems);
  // A learner who has not read the course must not pass it: judged once the course is whole.
  const testWise =
    header && problems.length === 0
      ? testWiseCheck(
          { ...header, modules },
          {
            yaml: { file: display(yamlPath), text: yamlText ?? "" },
            modules: read,
            published: existsSync(join(absDir, RECORD_FOLDER, recordFileName(header.version))),
          },
        )
      : undefined;
  if (testWise) problems.push(...testWise.problems);
  // The facilitator pack's own file: its decisions and themes are checked against a whole course.
  const team = header
    ? readTeam(absDir, { ...header, modules }, problems, problems.length === 0)
    : undefined;
  // Authors fix files top to bottom: list problems in file and line order.
  problems.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
  if (!header || problems.length > 0) return { problems };
  return {
    problems,
    course: {
      // A course without terms compiles exactly as before: no empty glossary in its JSON.
      course: {
        ...header,
        modules,
        ...(glossary.terms.length ? { glossary: glossary.terms } : {}),
      },
      media: [...media].sort(),
      dir: absDir,
      publishedNotes: published?.notes ?? [],
      ...(testWise ? { testWise } : {}),
      ...(team ? { team } : {}),
    },
  };
}

function readText(path: string, problems: CourseProblem[]): string | undefined {
  return readAuthorText(path, displayPath(path), problems);
}

/**
 * Modules are shown in file-name order: two files with the same number leave their order to
 * the rest of the name, so "03-walk-a-case.md" may come before or after "03-lesson-2.md" by
 * accident. Reported at each file after the first with that number.
 */
function sharedNumbers(
  files: string[],
  display: (p: string) => string,
  modulesDir: string,
): CourseProblem[] {
  const first = new Map<string, string>();
  const out: CourseProblem[] = [];
  for (const f of files) {
    if (!MODULE_FILE.test(f)) continue;
    const n = f.slice(0, 2);
    const earlier = first.get(n);
    if (earlier === undefined) {
      first.set(n, f);
      continue;
    }
    out.push({
      file: display(join(modulesDir, f)),
      line: 1,
      message: `this file and "${earlier}" both start with ${n}, so which comes first is left to the rest of their names: give each module its own number, in the order learners should meet them (renaming a module file keeps learners' progress: it is kept by the id in its settings)`,
    });
  }
  return out;
}

function readModule(
  text: string,
  ctx: BlockContext,
  swallowed: { any: boolean },
): Module | undefined {
  const before = ctx.problems.length;
  const lines = text.split("\n");
  if (lines[0]?.trim() !== "---") {
    problem(
      ctx,
      1,
      'a module must start with its settings between two "---" lines (id, title, themes)',
    );
    return undefined;
  }
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === "---");
  if (end < 0) {
    problem(ctx, 1, 'the settings at the top are not closed: add a line with just "---"');
    return undefined;
  }
  const parsed = parseYaml(lines.slice(1, end).join("\n"), ctx.file, 2, ctx.problems);
  if (!parsed) return undefined;
  const r = new FieldReader(parsed.root, parsed.source, "the module settings", ctx.problems, [
    ...MODULE_KEYS,
  ]);
  if (!r.ok) return undefined;
  const id = r.text("id");
  const claimed = ctx.ids.claim(id, "module", ctx.file, r.lineOfKey("id"));
  const title = r.text("title");
  const themes = stringList(r, "themes", ctx, parsed.source) ?? [];
  for (const [t, line] of themes) checkTheme(t, line, ctx);
  const contentWarning = r.boolean("content_warning", false);
  const look = readLook(r, ctx);
  r.finish();

  const bodyFirstLine = end + 2;
  const body = lines.slice(end + 1).join("\n");
  checkImages(body, bodyFirstLine, ctx);
  checkModuleBody(body, bodyFirstLine, ctx);
  const lineAt = (offset: number) => bodyFirstLine + countLines(body, offset);
  for (const slip of [...markdownSlips(body, lineAt), ...emptyLinks(body)]) {
    if (/never closed|not closed before/.test(slip.message)) swallowed.any = true;
    problem(ctx, lineAt(slip.offset), slip.message);
  }
  for (const use of termUses(body, bodyFirstLine)) ctx.termUses.push({ ...use, file: ctx.file });
  const blocks = readBody(body, bodyFirstLine, ctx);
  if (blocks.length === 0) {
    problem(ctx, bodyFirstLine - 1, "this module is empty: write some content below the settings");
  }
  if (ctx.problems.length > before || !claimed || !title) return undefined;
  const module: Module = { id, title, themes: themes.map(([t]) => t), contentWarning, blocks };
  return { ...module, ...look, minutes: moduleMinutes(module) };
}

/**
 * The module's optional look: `icon:` (a name from the bundled icon set, drawn at build time)
 * and `why:` (one line on why the module matters, inline Markdown), each checked at its line.
 */
function readLook(r: FieldReader, ctx: BlockContext): Pick<Module, "icon" | "why"> {
  const out: Pick<Module, "icon" | "why"> = {};
  const name = r.text("icon", false);
  if (name !== undefined) {
    const found = moduleIcon(name);
    if ("icon" in found) out.icon = found.icon;
    else problem(ctx, r.lineOfKey("icon"), found.problem);
  }
  const why = r.text("why", false);
  if (why !== undefined) {
    if (/\n/.test(why)) {
      problem(
        ctx,
        r.lineOfKey("why"),
        '"why" is one line on why the module matters: write it without line breaks',
      );
    } else out.why = renderInline(why);
  }
  return out;
}

function stringList(
  r: FieldReader,
  key: string,
  ctx: BlockContext,
  source: YamlSource,
): Array<[string, number]> | undefined {
  const list = r.list(key);
  if (!list) return undefined;
  const out: Array<[string, number]> = [];
  for (const item of list.items) {
    const line = lineOf(item, source);
    const value = (item as { value?: unknown }).value;
    if (typeof value !== "string") {
      problem(ctx, line, `each entry of "${key}" should be a single word id`);
      continue;
    }
    out.push([value, line]);
  }
  return out;
}

/** Finds images written in Markdown and checks each file exists and has alternative text. */
function checkImages(body: string, firstLine: number, ctx: BlockContext): void {
  const image = /!\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;
  body.split("\n").forEach((text, i) => {
    for (const m of text.matchAll(image)) {
      const [, alt, src] = m;
      const line = firstLine + i;
      if (/^[a-z]+:/i.test(src) || src.startsWith("//")) {
        problem(
          ctx,
          line,
          `the image "${src}" is on the web: put the file in the course's media folder so the package needs no internet`,
        );
        continue;
      }
      const path = resolve(ctx.dir, src);
      if (!path.startsWith(`${ctx.dir}/`) || !existsSync(path)) {
        problem(ctx, line, `the image "${src}" was not found in the course folder`);
        continue;
      }
      if (src.length > MEDIA_PATH_MAX_LENGTH) {
        problem(
          ctx,
          line,
          `the image path "${src}" is longer than ${MEDIA_PATH_MAX_LENGTH} characters: give the file a shorter name`,
        );
      }
      if (alt.trim() === "") {
        problem(
          ctx,
          line,
          `the image "${src}" has no description: write what it shows between the [ ]`,
        );
      }
      ctx.media.add(relative(ctx.dir, path));
    }
  });
}

/** Splits a module body into rendered Markdown and the special blocks (```question etc.). */
function readBody(body: string, firstLine: number, ctx: BlockContext): Block[] {
  const blocks: Block[] = [];
  const tokens = marked.lexer(body);
  let pending = "";
  let offset = 0;
  const flush = () => {
    if (pending.trim()) blocks.push({ kind: "html", html: renderBlock(pending) });
    pending = "";
  };
  for (const token of tokens) {
    const at = body.indexOf(token.raw, offset);
    const line = firstLine + countLines(body, at >= 0 ? at : offset);
    if (at >= 0) offset = at + token.raw.length;
    const lang = token.type === "code" ? (token.lang ?? "").trim() : "";
    if (token.type === "code" && lang && unclosedFence(token.raw)) {
      // Reported by markdownSlips: what it swallowed is not a block's settings.
      flush();
    } else if (token.type === "code" && (FENCED_KINDS as readonly string[]).includes(lang)) {
      flush();
      const text = (token as { text: string }).text;
      const block = buildKinds[lang as FencedKind].load(text, line, ctx);
      if (block) blocks.push(block);
    } else if (token.type === "code" && lang) {
      // A misnamed block would otherwise show its settings as text and drop out of the course.
      const guess = closest(lang, FENCED_KINDS);
      const hint = guess ? `: did you mean "${guess}"?` : "";
      problem(
        ctx,
        line,
        `unknown block "\`\`\`${lang}"${hint} The blocks a course can use are ${FENCED_KINDS.join(", ")}`,
      );
    } else {
      pending += token.raw;
    }
  }
  flush();
  return blocks;
}

function countLines(text: string, upTo: number): number {
  let n = 0;
  for (let i = 0; i < upTo; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

/**
 * Every published version needs a changelog entry: a heading "## <version>" in CHANGELOG.md,
 * so training leads and learners can see what changed between versions.
 */
function checkChangelog(
  dir: string,
  version: string,
  display: (p: string) => string,
  problems: CourseProblem[],
): void {
  const path = join(dir, "CHANGELOG.md");
  if (!existsSync(path)) {
    problems.push({
      file: display(path),
      line: 1,
      message: `there is no CHANGELOG.md: add one with a "## ${version}" heading saying what this version changes`,
    });
    return;
  }
  const text = readText(path, problems);
  if (text === undefined) return;
  const behind = versionBehindChangelog(text, version);
  if (behind) problems.push({ file: display(path), ...behind });
  const escaped = version.replace(/\./g, "\\.");
  const heading = new RegExp(`^##\\s+\\[?v?${escaped}\\]?(\\s|\\(|$)`);
  if (!text.split("\n").some((l) => heading.test(l))) {
    problems.push({
      file: display(path),
      line: 1,
      message: `version ${version} has no entry: add a "## ${version}" heading at the top saying what changed, then build again`,
    });
  }
}
