/**
 * Warnings about how a module's text names other modules: a module's name, or a link's words,
 * written twice back to back ("and Lesson 3[Lesson 3](07-….md)" shows "Lesson 3Lesson 3"), and a
 * pointer written as plain text ("See Lesson 3", "see the lesson on challenge and escalation",
 * "See Neglect and the child in need process") where a link to that module would take the
 * learner there. Only modules that exist count: by their title, or "Lesson N" for the module
 * whose title starts "Lesson N". Words between a link's [ ] are never a plain-text pointer.
 */
import { basename } from "node:path";
import type { CourseProblem } from "../../../loading/problems.js";
import { escapeRegExp } from "./locate.js";

/** One module file as `npm run check` reads it: its path as shown, and the whole file. */
export interface TextSource {
  file: string;
  text: string;
}

interface NamedModule {
  /** The file name in modules/, as links name it. */
  name: string;
  title: string;
  /** "Lesson 3" for "Lesson 3: Respectful uncertainty…". */
  lesson?: string;
  /** The title without "Lesson N:" ("Respectful uncertainty and healthy scepticism"). */
  topic: string;
}

/** A Markdown link, across lines if its words wrap: [words](address). */
const LINK = /(!?)\[([^\]]*)\]\(\s*<?([^)\s>]*)>?[^)]*\)/g;
const LESSON = /^(lesson \d+)(?!\d)/i;
const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function titleOf(text: string): string | undefined {
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
  const m = front && /^title\s*:\s*(.+?)\s*$/m.exec(front);
  if (!m) return undefined;
  return m[1].replace(/^(["'])(.*)\1$/, "$2").trim() || undefined;
}

function namedModules(sources: readonly TextSource[]): NamedModule[] {
  return sources.flatMap(({ file, text }) => {
    const title = titleOf(text);
    if (!title) return [];
    const lesson = LESSON.exec(title)?.[1];
    const topic = lesson ? title.slice(lesson.length).replace(/^[\s:.,–—-]+/, "") : title;
    return [{ name: basename(file), title, lesson, topic }];
  });
}

/** Where the module's body starts (after its front matter), so that settings are not read. */
function bodyStart(text: string): number {
  const m = /^---\r?\n[\s\S]*?\r?\n---[^\n]*\n?/.exec(text);
  return m ? m[0].length : 0;
}

const lineOf = (text: string, offset: number) => text.slice(0, offset).split("\n").length;

/**
 * A module's name or a link's words written twice back to back, in the text as it shows (links
 * as their words, * and _ emphasis left out): "Lesson 3Lesson 3", "Lesson 3 Lesson 3".
 */
export function doubledNames(sources: readonly TextSource[]): CourseProblem[] {
  const modules = namedModules(sources);
  const out: CourseProblem[] = [];
  for (const { file, text } of sources) {
    const start = bodyStart(text);
    const body = text.slice(start);
    const found: CourseProblem[] = [];
    const names = new Set<string>();
    for (const m of modules) {
      names.add(m.title);
      if (m.lesson) names.add(m.lesson);
    }
    for (const [, image, words] of body.matchAll(LINK)) {
      if (image) continue;
      const shown = words.replace(/\s+/g, " ").trim();
      if (shown.length >= 4) names.add(shown);
      const first = shown.split(",")[0].trim();
      if (first.length >= 4) names.add(first);
    }
    // The text as learners read it: links as their words, emphasis marks left out. A link's
    // address never holds a line break, so each line keeps its number.
    const shown = body.replace(LINK, (_, image: string, words: string) => (image ? "" : words));
    const plain = shown.replace(/[*_]+/g, "");
    const seen = new Set<string>();
    // Longest first, so "Lesson 3, "What checking means"" is reported rather than "Lesson 3".
    for (const name of [...names].sort((a, b) => b.length - a.length)) {
      const twice = new RegExp(
        `(?<![\\p{L}\\p{N}])(${escapeRegExp(name).replace(/ /g, "\\s+")})[ \\t]*\\n?[ \\t]*\\1(?![\\p{L}\\p{N}])`,
        "giu",
      );
      for (const m of plain.matchAll(twice)) {
        const line = lineOf(text, start) - 1 + lineOf(plain, m.index ?? 0);
        const key = `${line}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const said = m[0].replace(/\s+/g, " ");
        found.push({
          file,
          line,
          message: `"${name}" is written twice in a row here, so learners read "${said}": if a link follows the name, take out the words before it (write "and [${name}](…)", not "and ${name}[${name}](…)")`,
        });
      }
    }
    out.push(...found.sort((a, b) => a.line - b.line));
  }
  return out;
}

/**
 * "See Lesson N", "see the lesson on …" or "See <a module's title>" written as plain text, where
 * a link would take learners there: the warning gives the link with the module's file name.
 */
export function plainPointers(sources: readonly TextSource[]): CourseProblem[] {
  const modules = namedModules(sources);
  const out: CourseProblem[] = [];
  for (const { file, text } of sources) {
    const start = bodyStart(text);
    const body = text.slice(start);
    // Every link (its words too) becomes filler of the same length: text inside [ ] never counts.
    const masked = body.replace(LINK, (whole) => whole.replace(/[^\n]/g, "\u00a4"));
    for (const see of masked.matchAll(/(?<![\p{L}\p{N}])see\s+(?:also\s+)?/giu)) {
      const at = (see.index ?? 0) + see[0].length;
      const after = masked.slice(at, at + 300);
      const found = pointerAt(after, modules);
      if (!found) continue;
      const { module, said } = found;
      // "Lesson 3[Lesson 3](…)" is the doubled name, reported on its own.
      if (/^\s*\u00a4/.test(after.slice(said.length))) continue;
      const line = lineOf(text, start + at);
      const words = module.lesson ?? module.title;
      out.push({
        file,
        line,
        message: `"${see[0].trim()} ${said
          .replace(/["\u201c\u201d]/g, "")
          .replace(/\s+/g, " ")
          .trim()}" is plain text, so learners cannot go to ${module.name} from here: write it as a link, like ${see[0].trim()} [${words}](${module.name}) (add # and a heading's anchor after .md to open one of its sections)`,
      });
    }
  }
  return out;
}

/** The module the words after "see" name, if they name one, and the words that name it. */
function pointerAt(
  after: string,
  modules: readonly NamedModule[],
): { module: NamedModule; said: string } | undefined {
  const lesson = LESSON.exec(after)?.[1];
  if (lesson) {
    const module = modules.find((m) => m.lesson?.toLowerCase() === lesson.toLowerCase());
    return module && { module, said: lesson };
  }
  // "see the lesson on challenge and escalation": the words after "on" begin the module's topic
  // (two words of it at least, or all of a shorter one).
  const on = /^the\s+(?:lesson|module|section)\s+(?:on|about)\s+/i.exec(after);
  if (on) {
    const rest = words(after.slice(on[0].length)).slice(0, 12);
    for (const module of modules) {
      const topic = words(module.topic);
      const need = Math.min(2, topic.length);
      if (need > 0 && topic.slice(0, need).every((w, i) => rest[i] === w)) {
        const said = after.slice(0, on[0].length) + topic.slice(0, need).join(" ");
        return { module, said: said.trim() };
      }
    }
    return undefined;
  }
  // "See Neglect and the child in need process" (quotes and emphasis around it allowed), with a
  // capital or in quotes: "you will see a short quiz" is not a pointer to "A short quiz".
  const unquoted = after.replace(/^["“'*_]+/, "");
  if (unquoted === after && !/^\p{Lu}/u.test(after)) return undefined;
  for (const module of modules) {
    for (const name of [module.title, module.topic]) {
      if (words(name).length < 2) continue;
      const pattern = new RegExp(
        `^${escapeRegExp(name).replace(/ /g, "\\s+")}(?![\\p{L}\\p{N}])`,
        "iu",
      );
      const m = pattern.exec(unquoted);
      if (m) return { module, said: after.slice(0, after.length - unquoted.length) + m[0] };
    }
  }
  return undefined;
}

/** Both warnings, for the module files of a course. */
export function textLinkWarnings(sources: readonly TextSource[]): CourseProblem[] {
  return [...doubledNames(sources), ...plainPointers(sources)];
}
