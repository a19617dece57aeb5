/**
 * The baseline: a plain static page with the first module's text, which the course is timed
 * against.
 */
import { unknownKind } from "../../blocks/kinds.js";
import { pagesOf } from "../../blocks/page/rules.js";
import { escapeHtml } from "../../compiler/html-page.js";
import type { Block, Course } from "../../course/model.js";

function blockHtml(b: Block): string {
  switch (b.kind) {
    case "html":
      return b.html;
    case "question": {
      const q = b.question;
      const options = q.options.map((o) => `<li>${o.html}</li>`).join("");
      return `${q.scenarioHtml ?? ""}${q.stemHtml}<ul>${options}</ul>`;
    }
    case "timeline":
      return `<h2>${escapeHtml(b.title)}</h2><ol>${b.events.map((e) => `<li>${escapeHtml(e.when)}: ${e.html}</li>`).join("")}</ol>`;
    case "reflection":
      return b.prompts.map((p) => `<p>${escapeHtml(p.text)}</p>`).join("");
    case "results":
      return "";
    case "branching":
      return `<h2>${escapeHtml(b.title)}</h2>${b.scenes[0]?.html ?? ""}`;
    case "callout":
      return `<aside>${b.html}</aside>`;
    case "reveal":
      return `<details><summary>${escapeHtml(b.summary)}</summary>${b.html}</details>`;
    case "figure":
      return `<figure><img src="${escapeHtml(b.src)}" alt="${escapeHtml(b.alt)}"></figure>`;
    case "glossary":
    case "page":
      return "";
    default:
      return unknownKind(b);
  }
}

/** No script, no style sheet: the first page a learner sees, as a hand-written HTML page. */
export function baselinePage(course: Course): string {
  const m = course.modules[0];
  const [first] = pagesOf(m);
  return `<!doctype html>
<html lang="${escapeHtml(course.language)}">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>${escapeHtml(course.title)}</title>
</head>
<body>
<main>
<h1>${escapeHtml(m.title)}</h1>
${first.blocks.map(blockHtml).join("\n")}
</main>
</body>
</html>
`;
}
