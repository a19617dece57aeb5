/**
 * Links from one module to another, written as authors see their folder: the module's file name,
 * with a heading's anchor for a section (`[Lesson 2](06-lesson-2-challenge-and-escalation.md#the-escalation-route)`).
 * At build time each is checked against the modules and headings that exist (file:line) and
 * turned into a move within the course, which the player makes without loading another page.
 * How a link names a module, and a heading's anchor, are read in src/loading/module-links.ts.
 */
import { pageOfBlock } from "../../blocks/page/rules.js";
import type { Module } from "../../course/model.js";
import { isModuleLink, parseModuleLink } from "../../loading/module-links.js";
import type { CourseProblem } from "../../loading/problems.js";

/** One module as read: where it came from, for the lines of its links. */
export interface ModuleSource {
  /** The file name in modules/, as links name it. */
  name: string;
  /** The file as problems show it. */
  file: string;
  /** The whole file, front matter included, so that line numbers match the file. */
  text: string;
  module: Module;
}

/** Another author file that links cannot leave from (course.yaml, glossary.yaml). */
export interface OtherSource {
  file: string;
  text: string;
}

const HEADING_ID = /<h([2-4]) id="([^"]*)"/g;
/** Ids module-page gives its own parts (src/player/module-page.ts). */
const PAGE_IDS = /^(page-\d+|cw-title|record-actions-title)$/;

/**
 * Checks every link to a module and returns the modules with those links made moves within the
 * course. `names` are every module file in modules/, so a module that failed its own checks is
 * not also reported as missing.
 */
export function resolveModuleLinks(
  sources: readonly ModuleSource[],
  names: readonly string[],
  others: readonly OtherSource[],
  problems: CourseProblem[],
): Module[] {
  const modules = sources.map((s) => ({ ...s, module: uniqueHeadings(s.module) }));
  const byName = new Map(modules.map((s) => [s.name, s]));
  const known = new Set(names.map((n) => n.toLowerCase()));
  for (const source of others) {
    for (const { href, line } of linkTargets(source.text)) {
      if (!isModuleLink(href)) continue;
      problems.push({
        file: source.file,
        line,
        message: `the link "${href}" points to a module, which works only from a module's own text: name the module in words here, and link to it from a module in modules/`,
      });
    }
  }
  for (const source of modules) {
    for (const { href, line } of linkTargets(source.text)) {
      const link = parseModuleLink(href);
      if (!link) continue;
      const report = (message: string) => problems.push({ file: source.file, line, message });
      if (!known.has(link.name)) {
        report(
          `the link "${href}" points to the module file "${link.name}", which is not in modules/: use the file name of one of the modules (${[...known].join(", ")})`,
        );
        continue;
      }
      const target = byName.get(link.name);
      if (!target || link.anchor === undefined) continue;
      const anchors = headingAnchors(target.module);
      if (anchors.includes(link.anchor)) continue;
      const list = anchors.length
        ? `its headings are ${anchors.map((a) => `#${a}`).join(", ")}`
        : "it has no ## headings: link to the module without #";
      report(
        `the link "${href}" points to the heading "#${link.anchor}", which is not in ${link.name} (${list}). A heading's anchor is its words in lower case, without punctuation, joined by hyphens`,
      );
    }
  }
  const targets = new Map(modules.map((s) => [s.name, s.module]));
  return modules.map((s) => mapStrings(s.module, (html) => courseLinks(html, targets)));
}

/** The anchors of the module's headings, in order (those in its text, not inside other blocks). */
export function headingAnchors(module: Module): string[] {
  const out: string[] = [];
  for (const b of module.blocks) {
    if (b.kind !== "html") continue;
    for (const m of b.html.matchAll(HEADING_ID)) out.push(m[2]);
  }
  return out;
}

/**
 * A second heading with the same words gets "-1", a third "-2" (as GitHub does), so that every
 * heading on a module's page has its own id. Each can take focus when a link leads to it, but is
 * never a stop for Tab.
 */
function uniqueHeadings(module: Module): Module {
  const seen = new Map<string, number>();
  const blocks = module.blocks.map((b) => {
    if (b.kind !== "html") return b;
    const html = b.html.replace(HEADING_ID, (_, level: string, id: string) => {
      // The page shows ids of its own (page titles, the content warning): a heading never takes one.
      const n = seen.get(id) ?? (PAGE_IDS.test(id) ? 1 : 0);
      seen.set(id, n + 1);
      return `<h${level} id="${n === 0 ? id : `${id}-${n}`}" tabindex="-1"`;
    });
    return { ...b, html };
  });
  return { ...module, blocks };
}

/**
 * The address of a link to a module becomes the module's id, with where the player goes: for a
 * heading, the page that shows it (worked out here, so the player needs no code to find it).
 */
function courseLinks(html: string, modules: Map<string, Module>): string {
  if (!html.includes('href="')) return html;
  return html.replace(/ href="([^"]*)"/g, (whole, href: string) => {
    const link = parseModuleLink(href.replace(/&amp;/g, "&"));
    const target = link && modules.get(link.name);
    if (!link || !target) return whole;
    const { id } = target;
    const anchor = link.anchor;
    if (!anchor || !headingAnchors(target).includes(anchor)) {
      return ` href="#${id}" data-module="${id}" data-page="1"`;
    }
    const page = pageOfBlock(
      target,
      (b) => b.kind === "html" && b.html.includes(` id="${anchor}"`),
    );
    return ` href="#${id}" data-module="${id}" data-page="${page}" data-heading="${anchor}"`;
  });
}

/**
 * The same HTML with links to modules as their text, for pages outside the course (the answer
 * key), where "#<module id>" would lead nowhere.
 */
export function withoutCourseLinks(html: string): string {
  return html.replace(/<a href="#[^"]*" data-module="[^>]*>(.*?)<\/a>/g, "$1");
}

/** Every Markdown link address in a text, with its line (a link's address never spans lines). */
function linkTargets(text: string): Array<{ href: string; line: number }> {
  const out: Array<{ href: string; line: number }> = [];
  text.split("\n").forEach((lineText, i) => {
    for (const m of lineText.matchAll(/\]\(\s*<?([^)\s>]+)>?/g)) {
      out.push({ href: m[1], line: i + 1 });
    }
  });
  return out;
}

/** The same JSON value with every string passed through `fn`. */
function mapStrings<T>(value: T, fn: (s: string) => string): T {
  if (typeof value === "string") return fn(value) as T;
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, fn)) as T;
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = mapStrings(v, fn);
    return out as T;
  }
  return value;
}
