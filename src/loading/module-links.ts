/**
 * How a link names another module, as authors write it in their folder: the module's file name,
 * with a heading's anchor for a section, and the anchor a heading gets. Text only: the links are
 * checked against the modules, and made moves within the course, in
 * src/compiler/course/module-links.ts.
 */

/** A module file in the same folder, as a link names it, with an optional heading anchor. */
const MODULE_LINK = /^(?:\.\/)?(\d{2}-[a-z0-9-]+\.md)(?:#(.*))?$/i;

/** Whether a link's address names a module file (checked against the modules later). */
export function isModuleLink(href: string): boolean {
  return MODULE_LINK.test(href);
}

/** The module file and heading anchor a link names, or undefined for any other link. */
export function parseModuleLink(href: string): { name: string; anchor?: string } | undefined {
  const m = MODULE_LINK.exec(href);
  if (!m) return undefined;
  const name = m[1].toLowerCase();
  if (!m[2]) return { name };
  let anchor = m[2];
  try {
    anchor = decodeURIComponent(anchor);
  } catch {
    // A stray % stays as written, and is reported as an anchor that does not exist.
  }
  return { name, anchor: anchor.toLowerCase() };
}

/**
 * A heading's anchor as GitHub and most Markdown previews make it (github-slugger): its words in
 * lower case, punctuation dropped, each space a hyphen. Takes the heading's inline HTML.
 */
export function headingAnchor(html: string): string {
  const text = html.replace(/<[^>]*>/g, "").replace(/&[a-z0-9#]+;/gi, "");
  const anchor = text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "")
    .replace(/ /g, "-");
  return anchor || "section";
}
