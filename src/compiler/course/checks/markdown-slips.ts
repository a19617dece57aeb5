/**
 * Slips in a module's Markdown that the build would otherwise pass without a word: a block whose
 * closing ``` is missing (it swallows the rest of the module), a link with no text, and headings
 * that skip a level or repeat the module title's level, which break the outline screen reader
 * users move by.
 */
import type { Token } from "marked";
import { marked } from "../../../loading/markdown.js";

export interface MarkdownSlip {
  /** Offset in the text the slip was found in. */
  offset: number;
  message: string;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * Why a fenced block is not closed where its author meant, if it is not: it runs to the end of
 * the module, or the next block's opening line ("```results") sits inside it, so that block's
 * closing line closed this one. `inner` is the offset in `raw` of that opening line.
 */
export function unclosedFence(raw: string): { inner?: number; line?: string } | undefined {
  const open = FENCE.exec(raw)?.[1];
  if (!open) return undefined;
  const lines = raw.trimEnd().split("\n");
  const char = open[0] === "`" ? "`" : "~";
  const close = new RegExp(`^ {0,3}\\${char}{${open.length},}\\s*$`);
  if (lines.length < 2 || !close.test(lines[lines.length - 1])) return {};
  // Block openings are written at the start of a line; an indented one is text in a setting.
  const opener = new RegExp(`^\\${char}{3,}\\s*[A-Za-z]`);
  let offset = lines[0].length + 1;
  for (const line of lines.slice(1, -1)) {
    if (opener.test(line)) return { inner: offset, line: line.trim() };
    offset += line.length + 1;
  }
  return undefined;
}

/**
 * The rendered level of a Markdown heading: `#` becomes h2 (the module title is the page's h1)
 * and h5, h6 become h4 (src/loading/markdown.ts).
 */
const shownLevel = (depth: number) => Math.min(Math.max(depth, 2), 4);

/** Unclosed blocks and heading slips in a module body, each at the offset it starts. */
export function markdownSlips(body: string, lineAt: (offset: number) => number): MarkdownSlip[] {
  const slips: MarkdownSlip[] = [];
  // The module title is the page's h1; a page break with a title starts again under an h2.
  let level = 1;
  let cursor = 0;
  for (const token of marked.lexer(body) as Token[]) {
    const at = body.indexOf(token.raw, cursor);
    if (at >= 0) cursor = at;
    if (token.type === "code" && !(token as { codeBlockStyle?: string }).codeBlockStyle) {
      const fence = FENCE.exec(token.raw)?.[1] ?? "```";
      const name = `${fence}${(token as { lang?: string }).lang ?? ""}`;
      const open = unclosedFence(token.raw);
      if (open?.inner !== undefined) {
        const next = lineAt(cursor + open.inner);
        slips.push({
          offset: cursor,
          message: `the block "${name}" that starts here is not closed before "${open.line}" on line ${next}, so it swallows that block: add a line with just ${fence} above line ${next}`,
        });
      } else if (open) {
        slips.push({
          offset: cursor,
          message: `the block "${name}" that starts here is never closed, so it swallows the rest of the module: add a line with just ${fence} after its last line`,
        });
      }
      if ((token as { lang?: string }).lang?.trim() === "page") {
        level = /^\s*title\s*:/m.test((token as { text: string }).text) ? 2 : 1;
      }
    }
    if (token.type === "heading") {
      const depth = (token as { depth: number }).depth;
      const hashes = "#".repeat(depth);
      if (depth === 1) {
        slips.push({
          offset: cursor,
          message:
            'a heading with a single "#" would have the same rank as the module title, which is the page\'s one "#" heading: write "## " for a section, "### " for a part of one',
        });
      } else if (shownLevel(depth) > level + 1) {
        const want = "#".repeat(level + 1);
        const above = level === 1 ? "the module title" : `a "${"#".repeat(level)}" heading`;
        slips.push({
          offset: cursor,
          message: `this "${hashes}" heading skips a level (it comes under ${above}), so screen reader users moving by headings think a part is missing: write "${want} " here`,
        });
      }
      level = shownLevel(depth);
    }
  }
  return slips;
}

/**
 * Links written with nothing between the [ ] (`[](https://…)`): the page shows nothing to press,
 * and a screen reader reads out only the address. Images (`![](…)`) are checked elsewhere.
 */
export function emptyLinks(text: string): MarkdownSlip[] {
  const out: MarkdownSlip[] = [];
  for (const m of text.matchAll(/(^|[^!\]\\])\[\s*\]\(\s*<?([^)\s>]*)/g)) {
    const href = m[2];
    out.push({
      offset: (m.index ?? 0) + m[1].length,
      message: `the link to "${href}" has no text, so there is nothing to press and a screen reader reads out only the address: write what it opens between the [ ], like [the escalation policy](${href || "https://…"})`,
    });
  }
  return out;
}
