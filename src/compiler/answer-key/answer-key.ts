/**
 * The answer key written beside every build: each item an LMS records, with its ids as the LMS
 * shows them, its module and theme, the question, every option, which are right and the feedback.
 * Built from the course alone, so it holds no learner data.
 */
import type { Course } from "../../course/model.js";
import { withoutCourseLinks } from "../course/module-links.js";
import { escapeHtml, htmlPage } from "../html-page.js";
import { type LmsId, lmsIdOf, type ScoredItem, scoredItemsOf } from "./scored-items.js";

export function answerKeyName(course: Course): string {
  return `${course.id}-${course.version}-answer-key.html`;
}

/** Both forms of an id, always: an administrator searching an LMS report may see either. */
function idPair(id: LmsId): string {
  return `<span class="id">${escapeHtml(id.authored)}</span> <span class="muted">(fallback form: <span class="id">${escapeHtml(id.fallback)}</span>)</span>`;
}

/** The variants of each decision point of a final assessment, by point id. */
type Variants = ReadonlyMap<string, readonly string[]>;

function variantsOf(items: readonly ScoredItem[]): Variants {
  const out = new Map<string, string[]>();
  for (const i of items)
    if (i.point) out.set(i.point, [...(out.get(i.point) ?? []), i.id.authored]);
  return out;
}

function pointHtml(item: ScoredItem, variants: Variants): string {
  if (!item.point) return "";
  const all = variants.get(item.point) ?? [];
  const others = all.filter((id) => id !== item.id.authored);
  return `<dt>Decision point</dt><dd><span class="id">${escapeHtml(item.point)}</span>: variant ${all.indexOf(item.id.authored) + 1} of ${all.length}${others.length ? `; the others: ${others.map((id) => `<a class="id" href="#item-${escapeHtml(id)}">${escapeHtml(id)}</a>`).join(", ")}` : ""}. Each attempt draws one variant; a retake draws another.</dd>`;
}

/** The right answer as an LMS shows it: option or step ids, or a sort's `card.group` pairs. */
function rightAnswerOf(item: ScoredItem): string {
  if (item.type !== "matching") return item.correct.join(",");
  return item.options.map((o, i) => `${o.id}.${item.correct[i]}`).join(",");
}

function itemHtml(item: ScoredItem, n: number, variants: Variants): string {
  const sequence = item.type === "sequencing";
  const sort = item.type === "matching";
  const searchText = [
    item.id.authored,
    item.id.fallback,
    item.module.title,
    item.theme.title,
    item.promptText,
    ...item.options.map((o) => `${o.id} ${o.text}`),
  ]
    .join(" ")
    .toLowerCase();
  return `<article class="item" id="item-${escapeHtml(item.id.authored)}" data-search="${escapeHtml(searchText)}">
<h2>${n}. ${escapeHtml(item.promptText)}</h2>
<dl>
<dt>Interaction id</dt><dd>${idPair(item.id)}</dd>
<dt>Module</dt><dd>${escapeHtml(item.module.title)} <span class="id muted">${escapeHtml(item.module.id)}</span></dd>
<dt>Theme (objective id)</dt><dd>${escapeHtml(item.theme.title)}: ${idPair(item.theme.id)}</dd>
${pointHtml(item, variants)}
<dt>Kind</dt><dd>${item.kind}; ${item.scored ? `scored, weighting ${item.weighting}` : "knowledge check, not scored (recorded with weighting 0)"}</dd>
<dt>Right answer</dt><dd class="id">${escapeHtml(rightAnswerOf(item))}${sequence ? '</dd><dd class="muted">every step, in this order' : sort ? '</dd><dd class="muted">each card, then the group it belongs in' : ""}</dd>
</dl>
${item.scenarioHtml ? `<div class="scenario">${item.scenarioHtml}</div>` : ""}
<div class="prompt">${item.promptHtml}</div>
<div class="table-wrap"><table>
<caption>${sort ? "Cards" : sequence ? "Steps" : "Options"} of ${escapeHtml(item.id.authored)}${sequence ? ", in the right order" : ""}</caption>
<thead><tr><th scope="col">${sort ? "Card" : sequence ? "Step" : "Option"}</th><th scope="col">Text</th><th scope="col">${sort ? "Right group" : sequence ? "Right place" : "Right?"}</th><th scope="col">${sequence || sort ? "Why there" : `Feedback${item.kind === "decision" ? " and what happens next" : ""}`}</th></tr></thead>
<tbody>
${item.options
  .map(
    (o) =>
      `<tr${o.correct ? ' class="right"' : ""}><th scope="row" class="id">${escapeHtml(o.id)}</th><td>${o.html}</td><td>${o.group ? escapeHtml(o.group) : o.place ? `Step ${o.place}` : o.correct ? "<strong>Right</strong>" : "Not right"}</td><td>${withoutCourseLinks(o.feedbackHtml)}${o.consequenceHtml ? `<p><strong>What happens next:</strong></p>${o.consequenceHtml}` : ""}</td></tr>`,
  )
  .join("\n")}
</tbody>
</table></div>
${item.feedbackHtml ? `<div class="why"><p><strong>${sequence ? "Why this order" : "Feedback"}:</strong></p>${withoutCourseLinks(item.feedbackHtml)}</div>` : ""}
</article>`;
}

/** Filters the items as the reader types; the page works (and prints) without it. */
const SEARCH_SCRIPT = `(function () {
  var box = document.getElementById("search");
  var status = document.getElementById("search-status");
  var items = Array.prototype.slice.call(document.querySelectorAll("article.item"));
  var form = document.getElementById("search-form");
  form.hidden = false;
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  box.addEventListener("input", function () {
    var words = box.value.toLowerCase().split(/\\s+/).filter(Boolean);
    var shown = 0;
    items.forEach(function (a) {
      var text = a.getAttribute("data-search");
      var match = words.every(function (w) { return text.indexOf(w) !== -1; });
      a.hidden = !match;
      if (match) shown++;
    });
    status.textContent = words.length ? shown + " of " + items.length + " items match" : "";
  });
})();`;

const STYLE = `
.item { border-top: 1px solid var(--line); margin-top: 1.5rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; }
dt { font-weight: 600; }
dd { margin: 0; }
@media (max-width: 30rem) { dl { grid-template-columns: 1fr; } dd { margin-bottom: 0.4rem; } }
tr.right { background: #e8f4ea; }
.scenario { border-left: 4px solid var(--line); padding-left: 0.75rem; }
#search-form label { display: block; font-weight: 600; }
#search { font: inherit; padding: 0.4rem; width: min(100%, 30rem); border: 2px solid var(--line); }
`;

export function answerKeyHtml(course: Course): string {
  const items = scoredItemsOf(course);
  const scored = items.filter((i) => i.scored).length;
  const variants = variantsOf(items);
  const body = `<h1>Answer key: ${escapeHtml(course.title)}</h1>
<p>Course <span class="id">${escapeHtml(course.id)}</span>, version ${escapeHtml(course.version)}. Pass mark ${course.settings.passMark}%. ${items.length} items are recorded by the LMS, ${scored} of them scored.${variants.size ? ` The final assessment's bank holds ${[...variants.values()].reduce((n, v) => n + v.length, 0)} items over ${variants.size} decision points: each attempt draws some of the points and one variant of each, so a learner's score counts the items drawn for them, not every item listed here.` : ""}</p>
<p>For training leads and LMS administrators reading the LMS's reports: the <strong>interaction id</strong> is what the LMS shows as "Question"; the option letters are what it shows as "Response" and "Right answer". LMSs that refuse hyphens in ids (Forma LMS) receive the <strong>fallback form</strong>, with colons instead of hyphens. This page holds no learner data.</p>
<form id="search-form" class="no-print" role="search" hidden>
<label for="search">Search the questions (id, words, module or theme)</label>
<input id="search" type="search" autocomplete="off">
<p id="search-status" role="status" aria-live="polite"></p>
</form>
<div class="table-wrap"><table>
<caption>Themes: one LMS objective each</caption>
<thead><tr><th scope="col">Theme</th><th scope="col">Objective id</th><th scope="col">Items</th></tr></thead>
<tbody>
${course.themes
  .map(
    (t) =>
      `<tr><th scope="row">${escapeHtml(t.title)}</th><td>${idPair(lmsIdOf(t.id))}</td><td class="n">${items.filter((i) => i.theme.id.authored === t.id).length}</td></tr>`,
  )
  .join("\n")}
</tbody>
</table></div>
${items.map((item, i) => itemHtml(item, i + 1, variants)).join("\n")}`;
  return htmlPage({
    lang: course.language,
    title: `Answer key: ${course.title} ${course.version}`,
    style: STYLE,
    body,
    script: SEARCH_SCRIPT,
  });
}
