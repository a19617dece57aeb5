/**
 * The report's "How teams used this learning": what the team feedback sheets say, counted (how
 * many sheets, by agency, by change named, how many said what they need from the partnership).
 * A team's own words are shown only in a named report (`--named`), as learners' names are: a
 * team may have typed a name into them. Counts are of teams' sheets, not of people, so they are
 * shown as they are (no "fewer than 5").
 */
import { escapeHtml, htmlPage } from "../../compiler/html-page.js";
import type { Course } from "../../course/model.js";
import { AGENCIES } from "../../team-session/feedback.js";
import type { FeedbackTally, ReadSheet } from "./team-feedback.js";

export interface TeamsInput {
  tally: FeedbackTally;
  sheets: readonly ReadSheet[];
  /** The folders the sheets were read from. */
  folders: readonly string[];
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const says = (n: number) => (n === 1 ? "says" : "say");

function countTable(caption: string, heading: string, rows: Array<[string, number]>): string {
  return `<div class="table-wrap"><table><caption>${caption}</caption>
<thead><tr><th scope="col">${heading}</th><th scope="col" class="n">Sheets</th></tr></thead>
<tbody>
${rows.map(([label, n]) => `<tr><th scope="row">${label}</th><td class="n">${n}</td></tr>`).join("\n")}
</tbody></table></div>`;
}

/** Each sheet's own words, for a named report only. */
function wordsHtml(sheets: readonly ReadSheet[]): string {
  const label = (id: string) => AGENCIES.find((a) => a.id === id)?.label ?? id;
  const para = (title: string, text: string) =>
    text.trim()
      ? `<p><strong>${title}</strong> ${escapeHtml(text).replace(/\n/g, "<br>")}</p>`
      : "";
  return sheets
    .map(
      ({ file, sheet }) => `<article class="sheet">
<h4>${escapeHtml(label(sheet.agency))}, ${escapeHtml(sheet.date)} <span class="muted id">${escapeHtml(file)}</span></h4>
${para("Discussed:", sheet.discussed)}
${para("Another change:", sheet.otherChange)}
${para("Needs from the partnership:", sheet.needs)}
</article>`,
    )
    .join("\n");
}

export function teamSectionHtml(t: TeamsInput, named: boolean): string {
  const x = t.tally;
  const when = x.from ? (x.from === x.to ? ` on ${x.from}` : ` from ${x.from} to ${x.to}`) : "";
  const plans = x.byPlan.map((p) => `${p.count} of ${p.minutes} minutes`).join(", ");
  return `<section aria-labelledby="teams"><h2 id="teams">How teams used this learning</h2>
<p>${plural(x.sheets, "team feedback sheet")}, saved by the team session${when}${plans ? ` (sessions: ${plans})` : ""}${x.sized ? `; ${plural(x.people, "person", "people")} took part in the ${plural(x.sized, "session")} that gave a number` : ""}. Read from ${t.folders.map((f) => `<span class="id">${escapeHtml(f)}</span>`).join(", ")}.</p>
${countTable(
  "Sheets by the team's agency",
  "Agency",
  x.byAgency.map((a) => [escapeHtml(a.label), a.count]),
)}
<h3>What teams will change</h3>
${countTable("Changes teams named, in the course's words (a sheet may name several)", "Change", [
  ...x.byChange.map((c): [string, number] => [
    `${escapeHtml(c.text)}${c.inCourse ? "" : ` <span class="muted">(not a change this course version names: <span class="id">${escapeHtml(c.id)}</span>)</span>`}`,
    c.count,
  ]),
  ["Another change, in the team's own words", x.otherChanges],
])}
<h3>What teams need from the partnership</h3>
<p>${x.needs} of the ${plural(x.sheets, "sheet")} ${says(x.needs)} what the team needs from the partnership; ${x.discussed} ${says(x.discussed)} what the team discussed.${named ? "" : ' Their words are shown only in a named report (<span class="id">--named</span>): a team may have typed a name into them.'}</p>
${named ? wordsHtml(t.sheets) : ""}
</section>`;
}

/** A report made from feedback sheets alone, with no LMS export. */
export function teamsOnlyReportHtml(
  course: Course,
  t: TeamsInput,
  named: boolean,
  madeOn: string,
): string {
  const body = `<h1>How teams used this learning: ${escapeHtml(course.title)}</h1>
${
  named
    ? `<p class="warning" role="note">Named report: this page shows what teams typed, which may name people. Keep it as your organisation's data protection policy says, and share the aggregate report instead.</p>`
    : "<p>Aggregate report: counts only, no free text.</p>"
}
<p>Course <span class="id">${escapeHtml(course.id)}</span>. Made on ${escapeHtml(madeOn)} from team feedback sheets only (no LMS export).</p>
${teamSectionHtml(t, named)}`;
  return htmlPage({
    lang: course.language,
    title: `Report: ${course.title}`,
    style: ".sheet { border-top: 1px solid var(--line); }",
    body,
  });
}
