/**
 * Checks one text setting as an author wrote it (a title, a question, an option's feedback):
 * things that look right in a word processor but break the page, the package or the LMS data.
 */
import type { Token } from "marked";
import { lengthProblem } from "../limits.js";
import { marked } from "../markdown.js";
import { isModuleLink } from "../module-links.js";
import { findRawHtml } from "./raw-html.js";

/**
 * Characters XML cannot carry and a page cannot show. Word's manual line break (Shift+Enter)
 * pastes as a vertical tab, which would make the manifest unreadable to every LMS.
 */
function controlCharacterAt(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const allowed = c === 9 || c === 10 || c === 13;
    if ((c < 32 && !allowed) || c === 0x7f || c === 0xfffe || c === 0xffff) return i;
  }
  return -1;
}

/**
 * Settings whose value is a word the course looks up (ids, codes, addresses), never prose: Word's
 * curly quotes around them are a slip, where around a learner's quoted words they are typography.
 */
const WORD_SETTINGS = new Set([
  "id",
  "theme",
  "version",
  "language",
  "url",
  "published",
  "review_date",
]);

function isWrappedInCurlyQuotes(text: string): boolean {
  return /^[“‘„]/.test(text) && /[”’“]$/.test(text);
}

/**
 * The value the course should use: a word setting's curly quotes taken off (after they are
 * reported), so that one slip does not also read as an unknown id.
 */
export function settingValue(key: string, text: string): string {
  return WORD_SETTINGS.has(key) && isWrappedInCurlyQuotes(text) ? text.slice(1, -1).trim() : text;
}

/**
 * Problems with the text value of `key`, as messages (the caller knows the line); `place` is
 * where it is read, for the few limits that differ by place.
 */
export function textProblems(key: string, text: string, place = ""): string[] {
  const out: string[] = [];
  const control = controlCharacterAt(text);
  if (control >= 0) {
    const code = text.charCodeAt(control).toString(16).toUpperCase().padStart(4, "0");
    out.push(
      `"${key}" contains an invisible control character (U+${code}), often pasted from Word: retype the text around "${nearby(text, control)}"`,
    );
  }
  if (WORD_SETTINGS.has(key) && isWrappedInCurlyQuotes(text)) {
    out.push(
      `"${key}" is wrapped in curly quotes “ ”, which count as part of the value: replace them with straight quotes " or remove them`,
    );
  }
  for (const html of findRawHtml(text)) out.push(`"${key}": ${html.message}`);
  if (/!\[[^\]]*\]\(/.test(text)) {
    out.push(
      `"${key}" contains an image: put images in the module text between blocks, as ![what it shows](media/file.png)`,
    );
  }
  for (const href of linksIn(text)) {
    if (/^(https?|mailto|tel):/i.test(href) || href.startsWith("#")) continue;
    // A link to another module (a feedback's "See Lesson 1"): checked once every module is read.
    if (isModuleLink(href)) continue;
    out.push(
      `"${key}" links to "${href}", which will not work from a setting: links here start with https://, mailto: or tel: (link to a file in media/ from the module text instead)`,
    );
  }
  const tooLong = lengthProblem(key, text, place);
  if (tooLong) out.push(tooLong);
  return out;
}

function nearby(text: string, at: number): string {
  return text
    .slice(Math.max(0, at - 15), at)
    .replace(/\s+/g, " ")
    .trim();
}

/** The addresses of the Markdown links in a text (settings are short: a simple walk will do). */
function linksIn(markdown: string): string[] {
  if (!markdown.includes("](") && !markdown.includes("<")) return [];
  const out: string[] = [];
  const visit = (tokens: Token[]) => {
    for (const token of tokens) {
      if (token.type === "link") out.push((token as { href: string }).href);
      const children = (token as { tokens?: Token[] }).tokens;
      if (children) visit(children);
      const items = (token as { items?: Token[] }).items;
      if (items) visit(items);
    }
  };
  visit(marked.lexer(markdown));
  return out;
}
