/**
 * The report page a training lead reads: summary, share right per theme and per decision, every
 * question least-right first with what learners chose, as inline SVG charts with a table beside
 * each. Aggregate unless named; a group of fewer than 5 learners is never shown as a number.
 */

import { escapeHtml, htmlPage } from "../../compiler/html-page.js";
import type { Course } from "../../course/model.js";
import type { ItemTally, TallyResult } from "./tally.js";
import { type TeamsInput, teamSectionHtml } from "./team-section.js";

export interface ReportInput {
  course: Course;
  tally: TallyResult;
  files: Array<{ file: string; format: string; attempts: number }>;
  named: boolean;
  /** When the report was made (ISO date), shown so a printed copy says how old it is. */
  madeOn: string;
  /** The team feedback sheets read with `--feedback`, if any. */
  teams?: TeamsInput;
}

/** Below this many learners a group is shown as "fewer than 5". */
export const SMALL_GROUP = 5;

/** A count of learners or answers as the page shows it. */
export function shownCount(n: number, named: boolean): string {
  return !named && n > 0 && n < SMALL_GROUP ? "fewer than 5" : String(n);
}

/** Share right as a percentage, or why it is not shown. */
export function shownShare(right: number, answered: number, named: boolean): string {
  if (answered === 0) return "no answers";
  if (!named && answered < SMALL_GROUP) return "fewer than 5 answered";
  return `${Math.round((right / answered) * 100)}%`;
}

const shareOf = (t: { right: number; answered: number }) =>
  t.answered === 0 ? 1 : t.right / t.answered;

/** The wrong option chosen most often in first answers, if any wrong option was chosen. */
export function mostChosenWrong(t: ItemTally): { id: string; count: number } | undefined {
  // Every step of a sequence and every card of a sort is in every answer: none is a wrong choice.
  if (t.item.type !== "choice") return undefined;
  let best: { id: string; count: number } | undefined;
  for (const c of t.chosen) {
    const option = t.item.options.find((o) => o.id === c.id);
    if (option?.correct || c.count === 0) continue;
    if (!best || c.count > best.count) best = c;
  }
  return best;
}

/** Questions from least to most often right, course order breaking ties. */
export function leastRightFirst(items: readonly ItemTally[]): ItemTally[] {
  return items
    .map((t, i) => ({ t, i }))
    .sort((a, b) => shareOf(a.t) - shareOf(b.t) || a.i - b.i)
    .map(({ t }) => t);
}

interface Bar {
  label: string;
  /** 0–1 of the chart's width; undefined draws no bar (a suppressed figure). */
  fraction?: number;
  text: string;
  tone: "plain" | "right" | "wrong";
}

const TONE = { plain: "#1d4e89", right: "#1e6b34", wrong: "#a4262c" };

let chartCount = 0;

/** Horizontal bars; the table beside it carries the same figures for screen readers and print. */
function barChart(title: string, bars: readonly Bar[]): string {
  const id = `chart-${++chartCount}`;
  const row = 30;
  const labelWidth = 44;
  const barWidth = 250;
  const height = bars.length * row + 8;
  const body = bars
    .map((b, i) => {
      const y = i * row + 4;
      const w =
        b.fraction === undefined ? 0 : Math.max(b.fraction > 0 ? 2 : 0, b.fraction * barWidth);
      return `<text x="${labelWidth - 8}" y="${y + 19}" text-anchor="end">${escapeHtml(b.label)}</text>
<rect x="${labelWidth}" y="${y + 4}" width="${barWidth}" height="${row - 10}" fill="#f0f0f0"/>
<rect x="${labelWidth}" y="${y + 4}" width="${w.toFixed(1)}" height="${row - 10}" fill="${TONE[b.tone]}"/>
<text x="${labelWidth + barWidth + 8}" y="${y + 19}">${escapeHtml(b.text)}</text>`;
    })
    .join("\n");
  return `<svg class="chart" viewBox="0 0 400 ${height}" role="img" aria-labelledby="${id}" focusable="false"><title id="${id}">${escapeHtml(title)}</title>
${body}
</svg>`;
}

function summaryHtml(r: ReportInput): string {
  const t = r.tally;
  const c = (n: number) => shownCount(n, r.named);
  const rows: Array<[string, string]> = [
    ["Learners who started", c(t.learners)],
    ["Attempts", c(t.attempts)],
    ["Completed: answered every scored question", c(t.completed)],
    [`Passed (pass mark ${r.course.settings.passMark}%)`, c(t.passed)],
    [
      "Median score of those who completed (best attempt each)",
      t.medianScore === undefined
        ? "none completed"
        : !r.named && t.completed < SMALL_GROUP
          ? "fewer than 5 completed"
          : `${t.medianScore}%`,
    ],
  ];
  if (t.notStarted > 0) rows.push(["Listed by the LMS but not started", c(t.notStarted)]);
  return `<section aria-labelledby="summary"><h2 id="summary">Summary</h2>
<div class="table-wrap"><table class="summary"><caption>Learners and results</caption><tbody>
${rows.map(([k, v]) => `<tr><th scope="row">${k}</th><td class="n">${v}</td></tr>`).join("\n")}
</tbody></table></div></section>`;
}

function shareFigure(
  caption: string,
  heading: string,
  rows: Array<{ label: string; name: string; right: number; answered: number }>,
  named: boolean,
): string {
  const bars: Bar[] = rows.map((x) => {
    const text = shownShare(x.right, x.answered, named);
    const shown = text.endsWith("%");
    return {
      label: x.label,
      fraction: shown ? x.right / x.answered : undefined,
      text: shown ? text : "—",
      tone: "plain",
    };
  });
  return `<figure>
${barChart(`${caption}: share of first answers that were right`, bars)}
<div class="table-wrap"><table><caption>${escapeHtml(caption)}</caption>
<thead><tr><th scope="col">#</th><th scope="col">${heading}</th><th scope="col" class="n">Answers</th><th scope="col" class="n">Right</th></tr></thead>
<tbody>
${rows
  .map(
    (x) =>
      `<tr><td>${escapeHtml(x.label)}</td><th scope="row">${x.name}</th><td class="n">${shownCount(x.answered, named)}</td><td class="n">${shownShare(x.right, x.answered, named)}</td></tr>`,
  )
  .join("\n")}
</tbody></table></div>
</figure>`;
}

function versionNote(r: ReportInput, version: string): string {
  return r.tally.versions.length > 1 ? ` (version ${escapeHtml(version)})` : "";
}

function questionHtml(r: ReportInput, t: ItemTally, rank: number): string {
  const item = t.item;
  const wrong = mostChosenWrong(t);
  const sequence = item.type !== "choice";
  // A sort's rows are cards, each counted when it was put in its right group.
  const sort = item.type === "matching";
  const wrongOption = wrong && item.options.find((o) => o.id === wrong.id);
  const share = shownShare(t.right, t.answered, r.named);
  const bars: Bar[] = t.chosen.map((c) => {
    const option = item.options.find((o) => o.id === c.id);
    const text = shownCount(c.count, r.named);
    const shown = !text.startsWith("fewer");
    return {
      label: `${c.id}${c.id === wrong?.id ? " !" : ""}`,
      fraction: shown && t.answered > 0 ? c.count / t.answered : undefined,
      text: shown ? text : "< 5",
      tone: option?.correct && !sequence ? "right" : c.id === wrong?.id ? "wrong" : "plain",
    };
  });
  return `<article class="question" id="q-${escapeHtml(t.version)}-${escapeHtml(item.id.authored)}">
<h3>${rank}. ${escapeHtml(item.promptText)}</h3>
<p class="muted"><span class="id">${escapeHtml(item.id.authored)}</span> · ${escapeHtml(item.module.title)} · ${escapeHtml(item.theme.title)} · ${item.kind}${item.scored ? "" : " (knowledge check, not scored)"}${versionNote(r, t.version)}</p>
<p class="share"><strong>${share === "no answers" || share.startsWith("fewer") ? share : `${share} right`}</strong>, of ${shownCount(t.answered, r.named)} first answers${t.retries > 0 ? `; ${shownCount(t.retries, r.named)} later tries after "try again" not counted` : ""}.</p>
${
  wrongOption && wrong
    ? `<p class="mistake"><strong>Most chosen wrong answer:</strong> <span class="id">${escapeHtml(wrong.id)}</span>, “${escapeHtml(wrongOption.text)}” (chosen ${shownCount(wrong.count, r.named)} times).</p>`
    : ""
}
<figure class="stacked">
${barChart(sort ? `Cards of ${item.id.authored}: how many first answers put each in its right group` : sequence ? `Steps of ${item.id.authored}: how many first answers put each in its right place` : `Options of ${item.id.authored}: how many first answers chose each`, bars)}
<div class="table-wrap"><table><caption>${sort ? "Cards" : sequence ? "Steps" : "Options"} of <span class="id">${escapeHtml(item.id.authored)}</span>${sort ? ", with their right groups" : sequence ? ", in the right order" : " as learners saw them"}</caption>
<thead><tr><th scope="col">${sort ? "Card" : sequence ? "Step" : "Option"}</th><th scope="col">Text</th><th scope="col">${sort ? "Right group" : sequence ? "Right place" : "Right?"}</th><th scope="col" class="n">${sort ? "In its group" : sequence ? "In its place" : "Chosen"}</th></tr></thead>
<tbody>
${t.chosen
  .map((c) => {
    const o = item.options.find((x) => x.id === c.id);
    const isWrong = c.id === wrong?.id;
    return `<tr${isWrong ? ' class="most-wrong"' : ""}><th scope="row" class="id">${escapeHtml(c.id)}</th><td class="text">${escapeHtml(o?.text ?? "")}${isWrong ? " <strong>(most chosen wrong answer)</strong>" : ""}</td><td>${o?.group ? escapeHtml(o.group) : o?.place ? `Step ${o.place}` : o?.correct ? "Right" : "Not right"}</td><td class="n">${shownCount(c.count, r.named)}</td></tr>`;
  })
  .join("\n")}
</tbody></table></div>
</figure>
</article>`;
}

function unknownHtml(r: ReportInput): string {
  const u = r.tally.unknown;
  if (u.length === 0) return "";
  return `<section aria-labelledby="unknown"><h2 id="unknown">Answers no course version knows</h2>
<p>These ids or options are in the exports but not in the course folder given with <span class="id">--course</span>: they are listed here, not counted above. An id from another version of the course is explained by giving that version's folder too.</p>
<div class="table-wrap"><table><caption>Unknown ids and options</caption>
<thead><tr><th scope="col">Question id</th><th scope="col">Option</th><th scope="col">Compared with version</th><th scope="col" class="n">Answers</th><th scope="col">In file</th></tr></thead>
<tbody>
${u
  .map(
    (x) =>
      `<tr><th scope="row" class="id">${escapeHtml(x.id)}</th><td class="id">${x.option === undefined ? "(the whole question)" : escapeHtml(x.option)}</td><td>${escapeHtml(x.against)}</td><td class="n">${shownCount(x.count, r.named)}</td><td>${x.files.map(escapeHtml).join(", ")}</td></tr>`,
  )
  .join("\n")}
</tbody></table></div></section>`;
}

function learnersHtml(r: ReportInput): string {
  if (!r.named) return "";
  return `<section aria-labelledby="learners"><h2 id="learners">Learners</h2>
<div class="table-wrap"><table><caption>Each learner's best attempt</caption>
<thead><tr><th scope="col">Learner</th><th scope="col" class="n">Attempts</th><th scope="col" class="n">Best score</th><th scope="col">Passed</th></tr></thead>
<tbody>
${r.tally.learnerList
  .map(
    (l) =>
      `<tr><th scope="row">${escapeHtml(l.label)}</th><td class="n">${l.attempts}</td><td class="n">${l.bestScore === undefined ? "not completed" : `${l.bestScore}%`}</td><td>${l.passed ? "yes" : "no"}</td></tr>`,
  )
  .join("\n")}
</tbody></table></div></section>`;
}

const STYLE = `
figure { margin: 0.5rem 0 1rem; display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start; }
figure > .table-wrap { flex: 1 1 20rem; }
.chart { flex: 1 1 16rem; max-width: 26rem; height: auto; font: 17px system-ui, sans-serif; fill: #1b1b1b; }
.question { border-top: 1px solid var(--line); margin-top: 1.5rem; }
.mistake { background: var(--mark); border-left: 6px solid #a4262c; padding: 0.4rem 0.6rem; }
tr.most-wrong { background: var(--mark); }
td.text { overflow-wrap: anywhere; }
table.summary { max-width: 36rem; }
figure.stacked { display: block; }
.sheet { border-top: 1px solid var(--line); }
figure.stacked > .chart { display: block; margin-bottom: 0.5rem; }
@media print { figure { display: block; } .chart { max-width: 24rem; } }
`;

/** The final assessment's items by decision point (and version), in course order. */
export function bankPoints(
  items: readonly ItemTally[],
): Array<{ point: string; version: string; variants: ItemTally[] }> {
  const out = new Map<string, { point: string; version: string; variants: ItemTally[] }>();
  for (const t of items) {
    if (!t.item.point) continue;
    const key = `${t.version} ${t.item.point}`;
    const p = out.get(key) ?? { point: t.item.point, version: t.version, variants: [] };
    p.variants.push(t);
    out.set(key, p);
  }
  return [...out.values()];
}

function sum(items: readonly ItemTally[], key: "right" | "answered"): number {
  return items.reduce((n, t) => n + t[key], 0);
}

export function reportHtml(r: ReportInput): string {
  chartCount = 0;
  const { course, tally } = r;
  const scoredItems = tally.items.filter((t) => t.item.scored || t.answered > 0);
  const decisions = scoredItems.filter((t) => t.item.kind === "decision");
  const bank = bankPoints(scoredItems);
  const versions = tally.versions.length ? tally.versions.join(", ") : "none";
  const body = `<h1>What learners chose: ${escapeHtml(course.title)}</h1>
${
  r.named
    ? `<p class="warning" role="note">Named report: this page shows learners' names and email addresses. It is personal data: keep it as your organisation's data protection policy says, and share the aggregate report instead.</p>`
    : `<p>Aggregate report: no names, emails or free text. A group of fewer than 5 learners is shown as “fewer than 5”.</p>`
}
<p>Course <span class="id">${escapeHtml(course.id)}</span>, version${tally.versions.length === 1 ? "" : "s"} ${escapeHtml(versions)}. Made on ${escapeHtml(r.madeOn)} from ${r.files
    .map(
      (f) =>
        `<span class="id">${escapeHtml(f.file)}</span> (${f.format === "moodle" ? "Moodle interactions report" : "long CSV"}, ${shownCount(f.attempts, r.named)} attempts)`,
    )
    .join(", ")}.</p>
<p>Questions are counted by each attempt's <strong>first answer</strong>; the answer key beside the packages (<span class="id">${escapeHtml(course.id)}-&lt;version&gt;-answer-key.html</span>) gives every question's feedback.</p>
${summaryHtml(r)}
<section aria-labelledby="themes"><h2 id="themes">By theme</h2>
${shareFigure(
  "Share right per theme",
  "Theme",
  tally.themes.map((t, i) => ({
    label: String(i + 1),
    name: `${escapeHtml(t.title)}${versionNote(r, t.version)}`,
    right: t.right,
    answered: t.answered,
  })),
  r.named,
)}
</section>
${
  decisions.length
    ? `<section aria-labelledby="decisions"><h2 id="decisions">Decision points</h2>
<p>The scenario questions, where the learner makes a professional's decision.</p>
${shareFigure(
  "Share right per decision point",
  "Decision",
  decisions.map((t, i) => ({
    label: String(i + 1),
    name: `${escapeHtml(t.item.promptText)} <span class="id muted">${escapeHtml(t.item.id.authored)}</span>${versionNote(r, t.version)}`,
    right: t.right,
    answered: t.answered,
  })),
  r.named,
)}
</section>`
    : ""
}
${
  bank.length
    ? `<section aria-labelledby="bank"><h2 id="bank">Final assessment: decision points</h2>
<p>Each attempt draws one variant of some of the assessment's decision points. Each point is counted over all its variants together, then each variant apart, so a variant that is harder or easier than its twin shows.</p>
${shareFigure(
  "Share right per decision point, its variants together and apart",
  "Decision point or variant",
  bank.flatMap((p, i) => [
    {
      label: String(i + 1),
      name: `<strong>${escapeHtml(p.point)}</strong>, all ${p.variants.length} variants${versionNote(r, p.version)}`,
      right: sum(p.variants, "right"),
      answered: sum(p.variants, "answered"),
    },
    ...p.variants.map((t, k) => ({
      label: `${i + 1}${String.fromCharCode(97 + k)}`,
      name: `variant <span class="id">${escapeHtml(t.item.id.authored)}</span>: ${escapeHtml(t.item.promptText)}`,
      right: t.right,
      answered: t.answered,
    })),
  ]),
  r.named,
)}
</section>`
    : ""
}
<section aria-labelledby="questions"><h2 id="questions">Questions, least often right first</h2>
<p>The lesson that lands least is at the top. Bars: green the right options, red (marked “!”) the most chosen wrong one.</p>
${leastRightFirst(scoredItems)
  .map((t, i) => questionHtml(r, t, i + 1))
  .join("\n")}
</section>
${r.teams ? teamSectionHtml(r.teams, r.named) : ""}
${unknownHtml(r)}
${learnersHtml(r)}`;
  return htmlPage({
    lang: course.language,
    title: `Report: ${course.title}`,
    style: STYLE,
    body,
  });
}
