/**
 * How authors mark a glossary term in their text: `[[child in need]]`, or
 * `[[children in need|child in need]]` to show other words for the same term. Build-time only:
 * marks become `<glossary-term>` elements before the Markdown is rendered and sanitized.
 */

const MARK = /\[\[([^\]|\n]+?)(?:\|([^\]\n]+?))?\]\]/g;

/** The id a term is known by: its words in lowercase, joined by hyphens. */
export function termId(words: string): string {
  return words
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

const escapeText = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Markdown with each marked term turned into the element that opens its definition. */
export function markTerms(markdown: string): string {
  return markdown.replace(MARK, (_all, shown: string, term?: string) => {
    const id = termId(term ?? shown);
    return `<glossary-term term="${id}">${escapeText(shown.trim())}</glossary-term>`;
  });
}

export interface TermUse {
  id: string;
  /** The words as marked, for messages. */
  words: string;
  line: number;
}

/** Every marked term in a module's text, with its line in the file. */
export function termUses(text: string, firstLine: number): TermUse[] {
  return text.split("\n").flatMap((line, i) =>
    [...line.matchAll(MARK)].map((m) => {
      const words = (m[2] ?? m[1]).trim();
      return { id: termId(words), words, line: firstLine + i };
    }),
  );
}
