/**
 * Reads course.yaml: the course's settings, source, themes and branding, each problem at its line.
 * Build time, Node only; the loader (loader.ts) reads the modules.
 */
import type { CompletionRule, Course, CourseSettings, Theme } from "../../course/model.js";
import { LANGUAGE_PATTERN, VERSION_MAX_LENGTH } from "../../loading/limits.js";
import type { IdRegistry } from "../../loading/load-context.js";
import { renderBlock } from "../../loading/markdown.js";
import type { CourseProblem } from "../../loading/problems.js";
import { FieldReader, parseYaml } from "../../loading/yaml-fields.js";
import { readBranding } from "./checks/branding.js";
import { readEndorsement, readLocal } from "./checks/local-settings.js";
import { expandPlaceholders } from "./placeholders.js";

const COURSE_KEYS = [
  "id",
  "title",
  "version",
  "language",
  "audience",
  "estimated_minutes",
  "pass_mark",
  "completion",
  "attempts_per_question",
  "on_fail",
  "retake",
  "publisher",
  "source",
  "review_date",
  "content_warning",
  "support",
  "themes",
  "branding",
  "local",
  "endorsement",
] as const;
const SOURCE_KEYS = ["title", "url", "published"] as const;
const THEME_KEYS = ["id", "title", "objective"] as const;
const COMPLETION_RULES: readonly CompletionRule[] = ["all-modules", "all-questions"];
const VERSION_PATTERN = /^\d+\.\d+(\.\d+)?$/;

export type Header = Omit<Course, "modules">;

export function readCourseYaml(
  file: string,
  text: string,
  ids: IdRegistry,
  problems: CourseProblem[],
  themeLines: Map<string, number>,
  dir: string,
  media: Set<string>,
): Header | undefined {
  const parsed = parseYaml(text, file, 1, problems);
  if (!parsed) return undefined;
  const before = problems.length;
  const r = new FieldReader(parsed.root, parsed.source, "course.yaml", problems, COURSE_KEYS);
  if (!r.ok) return undefined;
  const id = r.text("id");
  if (id !== undefined) ids.claim(id, "course", file, r.lineOfKey("id"));
  const title = r.text("title");
  const version = r.text("version");
  if (version !== undefined && !VERSION_PATTERN.test(version)) {
    r.problem(
      r.lineOfKey("version"),
      `"version" is "${version}", but it must be numbers separated by dots, like 1.0.0`,
    );
  } else if (version !== undefined && version.length > VERSION_MAX_LENGTH) {
    r.problem(
      r.lineOfKey("version"),
      `"version" is ${version.length} characters long, but SCORM allows at most ${VERSION_MAX_LENGTH}: use a shorter number, like 1.0.0`,
    );
  }
  const language = r.text("language");
  if (language !== undefined && !LANGUAGE_PATTERN.test(language)) {
    r.problem(
      r.lineOfKey("language"),
      `"language" is "${language}", but it must be a language code such as en-GB (English, UK) or cy (Welsh)`,
    );
  }
  const audience = r.text("audience");
  const estimatedMinutes = r.number("estimated_minutes", { min: 1, max: 600, integer: true });
  const passMark = r.number("pass_mark", { min: 0, max: 100 });
  const completion = r.choice("completion", COMPLETION_RULES, "all-questions");
  const attempts = r.number("attempts_per_question", {
    required: false,
    min: 1,
    max: 10,
    integer: true,
  });
  const onFail = r.choice("on_fail", ["failed", "incomplete"] as const, "failed");
  const retakeWhat = r.choice(
    "retake",
    ["wrong-answers", "all-questions"] as const,
    "wrong-answers",
  );
  const publisher = r.text("publisher");
  const reviewDate = r.text("review_date", false);
  const contentWarning = r.text("content_warning");
  const support = r.text("support");
  const localNode = r.map("local", false);
  const local = localNode && readLocal(localNode, parsed.source, problems);
  const endorsement = readEndorsement(r);
  // Support and the content warning may name the front door too: expanded as module text is.
  const values = problems.length > before ? undefined : { local, endorsement };
  // The value's lines may be joined (>-) or start below the key (|): find the placeholder itself.
  const lines = text.split("\n");
  const lineIn = (key: string) => (placeholder: string) => {
    const from = r.lineOfKey(key);
    const i = lines.findIndex((l, n) => n >= from - 1 && l.includes(placeholder));
    return i < 0 ? from : i + 1;
  };
  const expand = (key: string, value: string | undefined) =>
    value === undefined
      ? undefined
      : expandPlaceholders(value, file, lineIn(key), values, problems);
  const supportText = expand("support", support);
  const contentWarningText = expand("content_warning", contentWarning);

  let source: Header["source"] | undefined;
  const sourceNode = r.map("source");
  if (sourceNode) {
    const s = new FieldReader(sourceNode, parsed.source, '"source"', problems, SOURCE_KEYS);
    const sTitle = s.text("title");
    const url = s.text("url", false);
    if (url !== undefined && !/^https?:\/\//.test(url)) {
      s.problem(
        s.lineOfKey("url"),
        `"url" should be a web address starting with https:// (or http://)`,
      );
    }
    source = { title: sTitle ?? "", url, published: s.text("published", false) };
    s.finish();
  }

  const themes: Theme[] = [];
  const themeList = r.list("themes");
  if (themeList) {
    if (themeList.items.length === 0) r.problem(themeList.line, "list at least one theme");
    for (const node of themeList.items) {
      const t = new FieldReader(node, parsed.source, "a theme", problems, THEME_KEYS);
      const tid = t.text("id");
      const claimed = ids.claim(tid, "theme", file, t.lineOfKey("id"));
      if (claimed) themeLines.set(tid, t.lineOfKey("id"));
      const tTitle = t.text("title");
      const objective = t.text("objective");
      t.finish();
      if (claimed && tTitle && objective) themes.push({ id: tid, title: tTitle, objective });
    }
  }
  const brandingNode = r.map("branding", false);
  const branding = brandingNode && readBranding(brandingNode, parsed.source, dir, problems, media);
  r.finish();
  if (problems.length > before) return undefined;
  const settings: CourseSettings = {
    passMark: passMark as number,
    completion: completion as CompletionRule,
    attemptsPerQuestion: attempts ?? 1,
    onFail: onFail ?? "failed",
    retake: retakeWhat ?? "wrong-answers",
  };
  return {
    id: id as string,
    title: title as string,
    version: version as string,
    language: language as string,
    audience: audience as string,
    estimatedMinutes: estimatedMinutes as number,
    publisher: publisher as string,
    source: source as Header["source"],
    reviewDate,
    supportHtml: renderBlock(supportText as string),
    contentWarningHtml: renderBlock(contentWarningText as string),
    settings,
    themes,
    ...(branding ? { branding } : {}),
    ...(local ? { local } : {}),
    ...(endorsement ? { endorsement } : {}),
  };
}
