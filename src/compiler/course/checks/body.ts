/**
 * Checks the Markdown text of a module for what the build would drop or break without a word:
 * raw HTML, text indented into a code box (often by a tab), links to files that will not be in
 * the package (links to other modules are checked once every module is read), and pictures written in a form the picture checks cannot read.
 */
import { existsSync, statSync } from "node:fs";
import { relative, resolve } from "node:path";
import type { Token } from "marked";
import { findRawHtml } from "../../../loading/checks/raw-html.js";
import { marked } from "../../../loading/markdown.js";
import { isModuleLink } from "../../../loading/module-links.js";
import type { CourseProblem } from "../../../loading/problems.js";

export interface BodyContext {
  file: string;
  /** Absolute course folder. */
  dir: string;
  problems: CourseProblem[];
  /** Course-relative files to ship in the package; linked files are added here. */
  media: Set<string>;
}

/** Checks a module body whose first line is line `firstLine` of the file. */
export function checkModuleBody(body: string, firstLine: number, ctx: BodyContext): void {
  const lineAt = (offset: number) => firstLine + body.slice(0, offset).split("\n").length - 1;
  const report = (offset: number, message: string) =>
    ctx.problems.push({ file: ctx.file, line: lineAt(offset), message });

  for (const html of findRawHtml(body)) report(html.offset, html.message);

  let cursor = 0;
  const visit = (tokens: Token[]) => {
    for (const token of tokens) {
      const at = body.indexOf(token.raw, cursor);
      if (at >= 0) cursor = at;
      if (token.type === "code" && (token as { codeBlockStyle?: string }).codeBlockStyle) {
        const tab = token.raw.includes("\t") ? "a tab" : "four or more spaces";
        report(
          cursor,
          `this text starts with ${tab}, so it would show as a box of computer code: remove the space at the start of the line`,
        );
      }
      if (token.type === "link") checkLink((token as { href: string }).href, cursor, report, ctx);
      if (token.type === "image" && !token.raw.includes("](")) {
        // A reference-style picture ("![text][1]" with "[1]: file" elsewhere) escapes the
        // picture checks, which read the usual form.
        report(
          cursor,
          "write this picture in the usual form, ![what it shows](media/file.png), so the checker can find its file",
        );
      }
      const children = (token as { tokens?: Token[] }).tokens;
      if (children && token.type !== "code") visit(children);
      const items = (token as { items?: Token[] }).items;
      if (items) visit(items);
    }
  };
  visit(marked.lexer(body));
}

function checkLink(
  href: string,
  offset: number,
  report: (offset: number, message: string) => void,
  ctx: BodyContext,
): void {
  if (href.startsWith("#") || /^(https?|mailto|tel):/i.test(href)) return;
  if (/^[a-z]:[\\/]|^file:|^\\\\/i.test(href)) {
    report(
      offset,
      `the link "${href}" points to a file on your computer, which learners cannot open: put the file in the course's media folder and link to media/<file name>`,
    );
    return;
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(href)) {
    // The build keeps only web, mail and phone links: any other would vanish with its text.
    report(
      offset,
      `the link "${href}" would be removed by the build: links start with https://, mailto: or tel:`,
    );
    return;
  }
  // A link to another module: checked against the modules once all are read (module-links.ts).
  if (isModuleLink(href)) return;
  const target = safeDecode(href.split(/[?#]/)[0]);
  if (/\.md$/i.test(target)) {
    report(
      offset,
      `the link "${href}" points to a Markdown file that is not a module here: link to another module by its file name alone, like [Lesson 1](04-lesson-1.md), or to a heading in it, like [Lesson 1](04-lesson-1.md#in-this-case)`,
    );
    return;
  }
  const path = resolve(ctx.dir, target);
  if (!path.startsWith(`${ctx.dir}/`) || !existsSync(path) || !statSync(path).isFile()) {
    report(
      offset,
      `the link "${href}" points to a file that is not in the course folder: put the file in media/ and link to media/<file name>, or link to a web address starting with https://`,
    );
    return;
  }
  // A linked handout travels in the package, like an image.
  ctx.media.add(relative(ctx.dir, path));
}

function safeDecode(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}
