/**
 * The baseline: a plain static page with the first module's text, which the course is timed
 * against.
 */
import { buildKindOf } from "../../blocks/build-kinds.js";
import { pagesOf } from "../../blocks/page/rules.js";
import { escapeHtml } from "../../compiler/html-page.js";
import type { Block, Course } from "../../course/model.js";

const blockHtml = (b: Block) => buildKindOf(b).baselineHtml(b);

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
