/**
 * Finds raw HTML written into Markdown. The build sanitizes HTML silently (text vanishes,
 * <details> flattens, <img> escapes the image checks), so the checker refuses it and names
 * the Markdown way instead.
 */
import type { Token } from "marked";
import { marked } from "../markdown.js";

export interface RawHtml {
  /** Character offset of the tag in the Markdown. */
  offset: number;
  /** The tag as written, shortened, e.g. "<details>". */
  tag: string;
  message: string;
}

/** What to write instead, per tag name. */
const MARKDOWN_WAY: Record<string, string> = {
  a: "write links as [link text](https://address)",
  img: "write images as ![what it shows](media/file.png)",
  b: "write **bold** instead",
  strong: "write **bold** instead",
  i: "write *italic* instead",
  em: "write *italic* instead",
  br: "leave a blank line to start a new paragraph instead",
  p: "leave a blank line between paragraphs instead",
  h1: "write headings as ## Heading instead",
  h2: "write headings as ## Heading instead",
  h3: "write headings as ### Heading instead",
  ul: "write lists as lines starting with - instead",
  ol: "write lists as lines starting with 1. instead",
  li: "write lists as lines starting with - instead",
  details: "a course cannot fold text away: use a ## heading and ordinary paragraphs instead",
  summary: "a course cannot fold text away: use a ## heading and ordinary paragraphs instead",
  script: "a course cannot run scripts: remove it",
  iframe: "a course cannot embed other pages: link to them with [link text](https://address)",
  u: "underlined text looks like a link: write **bold** instead",
};

function adviceFor(name: string): string {
  return (
    MARKDOWN_WAY[name] ??
    'write it in Markdown instead (see "Writing the text of a module" in course/README.md)'
  );
}

/** Every raw HTML tag in some Markdown (comments are allowed: they are notes for authors). */
export function findRawHtml(markdown: string): RawHtml[] {
  const found: RawHtml[] = [];
  let cursor = 0;
  const visit = (tokens: Token[]) => {
    for (const token of tokens) {
      if (token.type === "html") {
        const at = markdown.indexOf(token.raw, cursor);
        if (at >= 0) cursor = at;
        for (const m of token.raw.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)[^>]*>?/g)) {
          const name = m[1].toLowerCase();
          const tag = m[0].length > 40 ? `${m[0].slice(0, 37)}...` : m[0];
          if (m[0].startsWith("</")) continue;
          found.push({
            offset: (at >= 0 ? at : cursor) + (m.index ?? 0),
            tag,
            message: `raw HTML ${tag} is not allowed in a course, because the build would remove it: ${adviceFor(name)}`,
          });
        }
        continue;
      }
      const children = (token as { tokens?: Token[] }).tokens;
      if (children) visit(children);
      const items = (token as { items?: Token[] }).items;
      if (items) visit(items);
      if (token.type === "table") {
        const t = token as unknown as {
          header: { tokens: Token[] }[];
          rows: { tokens: Token[] }[][];
        };
        for (const cell of t.header) visit(cell.tokens);
        for (const row of t.rows) for (const cell of row) visit(cell.tokens);
      }
    }
  };
  visit(marked.lexer(markdown));
  return found;
}
