/**
 * Turns author Markdown into sanitized HTML at build time, so the learner's browser gets neither
 * a Markdown parser nor any markup the course did not mean to ship.
 */
import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";
import { markTerms } from "./marking.js";
import { headingAnchor, isModuleLink } from "./module-links.js";

const marked = new Marked({ gfm: true, breaks: false, async: false });
// Headings carry the anchor a link to them names ("05-lesson-2.md#the-escalation-route"), made
// as GitHub makes it, so the same link also works where authors preview their Markdown.
marked.use({
  renderer: {
    heading({ tokens, depth }) {
      const inner = this.parser.parseInline(tokens);
      return `<h${depth} id="${headingAnchor(inner)}">${inner}</h${depth}>\n`;
    },
  },
});

const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: [
    "h2",
    "h3",
    "h4",
    "p",
    "br",
    "hr",
    "ul",
    "ol",
    "li",
    "strong",
    "em",
    "b",
    "i",
    "a",
    "blockquote",
    "code",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "caption",
    "img",
    "abbr",
    "sup",
    "sub",
    "small",
    "dl",
    "dt",
    "dd",
    "figure",
    "figcaption",
    "aside",
    "span",
    // A glossary term marked [[like this]]: the player's element opens its definition.
    "glossary-term",
  ],
  allowedAttributes: {
    a: ["href", "target", "rel"],
    img: ["src", "alt", "width", "height"],
    abbr: ["title"],
    h2: ["id"],
    h3: ["id"],
    h4: ["id"],
    th: ["scope"],
    ol: ["start"],
    aside: ["class"],
    span: ["class", "lang"],
    "glossary-term": ["term"],
  },
  allowedSchemes: ["https", "http", "mailto", "tel"],
  allowedSchemesByTag: { img: [] },
  allowProtocolRelative: false,
  transformTags: {
    // Links leave the LMS frame in a new tab, never replacing the course: web pages and files
    // the course carries (a handout in media/) alike. Mail, phone and in-page links stay, and so
    // do links to another module, which the loader turns into moves within the course.
    a: (tagName, attribs): sanitizeHtml.Tag => {
      const href = attribs.href ?? "";
      const external: sanitizeHtml.Attributes = { target: "_blank", rel: "noopener noreferrer" };
      const staysInPage =
        href.startsWith("#") || /^(mailto|tel):/i.test(href) || isModuleLink(href);
      return { tagName, attribs: staysInPage ? { href } : { href, ...external } };
    },
    // `#` headings inside a module become h2: the module title is the page's h1.
    h1: "h2",
    h5: "h4",
    h6: "h4",
  },
  exclusiveFilter: (frame) => frame.tag === "a" && !frame.attribs.href,
};

export function sanitize(html: string): string {
  return sanitizeHtml(html, ALLOWED).trim();
}

/** Block Markdown (paragraphs, lists, headings) to sanitized HTML. */
export function renderBlock(markdown: string): string {
  return sanitize(marked.parse(markTerms(markdown)) as string);
}

/** One line of Markdown (emphasis, links) to sanitized inline HTML, without a paragraph. */
export function renderInline(markdown: string): string {
  return sanitize(marked.parseInline(markTerms(markdown)) as string);
}

/** The visible text of some Markdown, for places that take plain text (LMS descriptions). */
export function plainText(markdown: string): string {
  const html = marked.parse(markTerms(markdown)) as string;
  return sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} })
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}

export { marked };
