/**
 * The facilitator pack written beside every build (`<id>-<version>-team-pack.html`): what a team
 * manager needs to run the briefing in a team meeting or a longer session, and to use it in
 * one-to-one supervision. Built from the course and its `team.md` (team-md.ts), with defaults for
 * every part that file does not give, so every course gets a usable pack. One page, inline
 * styles, no script and no request outside itself; it prints to A4, one section a page.
 */
import type { Course } from "../../course/model.js";
import { escapeHtml, htmlPage } from "../html-page.js";
import {
  type KeyPoints,
  type PlanStep,
  SESSION_LENGTHS,
  type SessionLength,
  type TeamContent,
} from "./team-md.js";
import { type Decision, type TeamModel, teamModel } from "./team-model.js";

export { DEFAULT_ASK, DEFAULT_SUPERVISION, decisionsOf, defaultPlan } from "./team-model.js";

export function teamPackName(course: Course): string {
  return `${course.id}-${course.version}-team-pack.html`;
}

/** The feedback sheet's three questions: what the briefing's sheet captures. */
export const FEEDBACK_QUESTIONS = [
  "What did the team discuss?",
  "What will the team change in its practice?",
  "What does the team need from the partnership?",
] as const;

function planHtml(length: SessionLength, steps: PlanStep[], decisions: Decision[]): string {
  let at = 0;
  const rows = steps
    .map((s) => {
      const from = at;
      at += s.minutes;
      const named = s.decisions
        .map((id) => {
          const n = decisions.findIndex((d) => d.id === id) + 1;
          return `<a href="#decision-${escapeHtml(id)}">Decision ${n}</a>`;
        })
        .join(", ");
      return `<tr><td class="n">${from}–${at}</td><td class="n">${s.minutes}</td><td>${s.activityHtml}${named ? `<br><span class="muted">Decisions: ${named}</span>` : ""}</td></tr>`;
    })
    .join("\n");
  return `<h3 id="plan-${length}">${length}-minute session</h3>
<table class="plan">
<caption>The ${length}-minute session, step by step</caption>
<thead><tr><th scope="col" class="n">Minutes from the start</th><th scope="col" class="n">Minutes</th><th scope="col">What the team does</th></tr></thead>
<tbody>
${rows}
</tbody>
<tfoot><tr><th scope="row" colspan="2" class="n">Total</th><td><strong>${at} minutes</strong></td></tr></tfoot>
</table>`;
}

function decisionHtml(d: Decision, n: number, model: TeamModel, inPlans: string) {
  const best = d.options.find((o) => o.best);
  const notes = model.notes.get(d.id);
  const ask = notes?.ask ?? [];
  return `<article class="decision" id="decision-${escapeHtml(d.id)}">
<h3>Decision ${n}: ${escapeHtml(d.questionText)}</h3>
<p class="muted">Decision <span class="id">${escapeHtml(d.id)}</span> of "${escapeHtml(d.caseTitle)}". ${inPlans}</p>
<h4>The scene</h4>
<div class="scene">${d.sceneHtml}<p><strong>${d.questionHtml}</strong></p></div>
<h4>Questions to ask the team</h4>
<ol>${ask.map((q) => `<li>${q}</li>`).join("")}</ol>
<table>
<caption>The options at decision ${n}: show them after the team has talked</caption>
<thead><tr><th scope="col">Option</th><th scope="col">What it says</th><th scope="col">Best choice?</th><th scope="col">Where it leads in the case</th></tr></thead>
<tbody>
${d.options.map((o) => `<tr${o.best ? ' class="best"' : ""}><th scope="row" class="id">${escapeHtml(o.id)}</th><td>${o.html}</td><td>${o.best ? "<strong>Best choice</strong>" : "Not the best"}</td><td>${o.leadsTo ?? ""}</td></tr>`).join("\n")}
</tbody>
</table>
${notes?.reviewFoundHtml ? `<h4>What the review found</h4>\n<div class="found">${notes.reviewFoundHtml}</div>` : ""}
<h4>What good looks like</h4>
<div class="good">${best ? `<p><strong>Best choice (${escapeHtml(best.id)}):</strong> ${best.html}</p>${best.feedbackHtml}` : ""}</div>
</article>`;
}

function keyPointsHtml(course: Course, keyPoints: KeyPoints[] | undefined): string {
  if (!keyPoints?.length)
    return course.themes
      .map((t) => `<h3>${escapeHtml(t.title)}</h3>\n<p>${escapeHtml(t.objective)}</p>`)
      .join("\n");
  return keyPoints
    .map((k) => {
      const theme = course.themes.find((t) => t.id === k.theme);
      return `<h3>${escapeHtml(theme?.title ?? k.theme)}</h3>\n<ul>${k.points.map((p) => `<li>${p}</li>`).join("")}</ul>`;
    })
    .join("\n");
}

/** A line to write on, which a screen reader names. */
const FILL = '<span class="fill"><span class="sr">(to fill in)</span></span>';

function localHtml(course: Course): string {
  const l = course.local;
  const link = (href: string) => `<a href="${escapeHtml(href)}">${escapeHtml(href)}</a>`;
  const blank = FILL;
  const rows: Array<[string, string]> = l
    ? [
        ["Safeguarding partnership", escapeHtml(l.partnership)],
        [
          "Where a new worry about a child goes (the front door)",
          l.frontDoor
            ? `${escapeHtml(l.frontDoor.name)}, <a href="tel:${escapeHtml(l.frontDoor.phone.replace(/\s/g, ""))}">${escapeHtml(l.frontDoor.phone)}</a>${l.frontDoor.link ? `<br>${link(l.frontDoor.link)}` : ""}`
            : blank,
        ],
        [
          "Escalation (resolving professional differences) policy",
          l.escalationPolicy
            ? `${escapeHtml(l.escalationPolicy.name)}<br>${link(l.escalationPolicy.link)}`
            : blank,
        ],
        [
          "Child protection procedures",
          l.procedures
            ? `${escapeHtml(l.procedures.name ?? "Local child protection procedures")}<br>${link(l.procedures.link)}`
            : blank,
        ],
      ]
    : [
        ["Safeguarding partnership", blank],
        ["Where a new worry about a child goes (the front door)", blank],
        ["Escalation (resolving professional differences) policy", blank],
        ["Child protection procedures", blank],
      ];
  rows.push(["Your agency's safeguarding lead", blank]);
  return `${l ? "" : "<p>This course names no local arrangements (course.yaml's <code>local:</code>): write yours in before the session.</p>"}
<table class="local">
<caption>Local procedures${l ? ` in ${escapeHtml(l.partnership)}` : ""}, as the course names them</caption>
<tbody>
${rows.map(([k, v]) => `<tr><th scope="row">${k}</th><td>${v}</td></tr>`).join("\n")}
</tbody>
</table>
<p>If a child is at immediate risk, call 999.</p>`;
}

function feedbackSheetHtml(course: Course): string {
  const line = (label: string) =>
    `<p class="line"><strong>${escapeHtml(label)}:</strong> ${FILL}</p>`;
  return `<p>One sheet for the team. Write no names of children, families or colleagues.${course.local ? ` Return it to ${escapeHtml(course.local.partnership)}, as your partnership asks.` : " Return it to your safeguarding partnership, as it asks."}</p>
<p class="muted">Briefing: ${escapeHtml(course.title)} (course ${escapeHtml(course.id)}, version ${escapeHtml(course.version)}).</p>
${line("Agency and team")}
${line("Date")}
${line("Session length (minutes) and how many took part")}
${FEEDBACK_QUESTIONS.map((q, i) => `<h3>${i + 1}. ${escapeHtml(q)}</h3>\n<div class="box"></div>`).join("\n")}`;
}

const STYLE = `
@page { size: A4; margin: 16mm 15mm; }
h4 { font-size: 1rem; margin: 1rem 0 0.25rem; }
h5 { font-size: 1rem; font-weight: 600; margin: 0.75rem 0 0.25rem; }
.toc ol { padding-left: 1.5rem; }
section.part { border-top: 3px solid var(--ink); margin-top: 2.5rem; }
.scene, .found { border-left: 4px solid var(--line); padding-left: 0.75rem; }
.good { border: 2px solid var(--ink); padding: 0 0.75rem; }
.notice { border: 2px solid var(--ink); padding: 0 0.75rem; margin: 1rem 0; }
tr.best th, tr.best td { font-weight: 600; background: #eeeeee; }
table.plan td.n { white-space: nowrap; }
.fill { display: inline-block; min-width: 12rem; min-height: 1.5rem; border-bottom: 1px solid var(--ink); }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.line .fill { min-width: 60%; }
.box { border: 1.5px solid var(--ink); min-height: 13rem; }
ol.events li { margin-bottom: 0.25rem; }
main * { overflow-wrap: break-word; }
a { overflow-wrap: anywhere; }
@media print {
  body { font-size: 10.5pt; }
  section.part { break-before: page; border-top: none; margin-top: 0; }
  h2 { margin-top: 0; }
  h3, h4, h5, caption { break-after: avoid; }
  article.decision { break-inside: auto; }
  article.decision + article.decision { break-before: page; }
  tr, .notice, .good { break-inside: avoid; }
  table { break-inside: auto; }
  .box { min-height: 5.5cm; }
  tr.best th, tr.best td { background: #eeeeee; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .support a[href^="http"]::after { content: " (" attr(href) ")"; }
}
`;

/** The whole pack. `team` is what the course's team.md gave, if it has one. */
export function teamPackHtml(course: Course, team?: TeamContent): string {
  const model = teamModel(course, team);
  const { decisions, plans, supervision } = model;
  const inPlans = (id: string) => {
    const lengths = SESSION_LENGTHS.filter((len) =>
      plans.get(len)?.some((s) => s.decisions.includes(id)),
    );
    return lengths.length
      ? `Planned for the ${lengths.map((l) => `${l}-minute`).join(" and ")} session${lengths.length > 1 ? "s" : ""}.`
      : "Not in either plan: use it when the team asks, or in supervision.";
  };
  const sections: Array<[string, string, string]> = [
    [
      "plan",
      "Session plan",
      `<p>Two plans: a ${SESSION_LENGTHS[0]}-minute team meeting and a ${SESSION_LENGTHS[1]}-minute session. Each step names the part of this pack it uses.</p>
${SESSION_LENGTHS.map((len) => planHtml(len, plans.get(len) ?? [], decisions)).join("\n")}`,
    ],
    [
      "case",
      "The case",
      `<h3>Content warning: share it with the team before you start</h3>
<p class="muted">As the course gives it to learners.</p>
<div class="notice">${course.contentWarningHtml}</div>
<h3>What the briefing says happened</h3>
${model.summaryHtml}
<h3>Support</h3>
<div class="support">${course.supportHtml}</div>`,
    ],
    [
      "decisions",
      "Walking the case: one decision at a time",
      decisions.length
        ? `<p>For each decision: read the scene aloud, ask the questions before you show the options, then show them and talk through what good looks like. The scenes come from the course's walked case${[...new Set(decisions.map((d) => d.caseTitle))].length === 1 ? `, "${escapeHtml(decisions[0].caseTitle)}"` : "s"}: as in the course, its people and events are the course's own, not the real family's.</p>
${decisions.map((d, i) => decisionHtml(d, i + 1, model, inPlans(d.id))).join("\n")}`
        : "<p>This course has no walked case. Use the case summary and the lessons' key points to ask: what could each agency have done, and when?</p>",
    ],
    ["points", "The lessons' key points", keyPointsHtml(course, team?.keyPoints)],
    [
      "supervision",
      "Reflective supervision prompts",
      `<p>For one-to-one supervision after the session, or instead of it. Choose two or three; there are no right answers.</p>
<ol>${supervision.map((p) => `<li>${p}</li>`).join("\n")}</ol>`,
    ],
    ["local", "Local procedures", localHtml(course)],
    ["feedback", "Feedback sheet", feedbackSheetHtml(course)],
  ];
  const body = `<h1>Team pack: ${escapeHtml(course.title)}</h1>
<p>For the person leading a team session on this briefing, and for supervisors. Course <span class="id">${escapeHtml(course.id)}</span>, version ${escapeHtml(course.version)}. ${escapeHtml(course.source.title)}</p>
<nav class="toc" aria-labelledby="toc-title"><h2 id="toc-title">Contents</h2><ol>
${sections.map(([id, title]) => `<li><a href="#${id}">${escapeHtml(title)}</a></li>`).join("\n")}
</ol></nav>
${sections.map(([id, title, html]) => `<section class="part" aria-labelledby="${id}"><h2 id="${id}">${escapeHtml(title)}</h2>\n${html}\n</section>`).join("\n")}`;
  return htmlPage({
    lang: course.language,
    title: `Team pack: ${course.title} ${course.version}`,
    style: STYLE,
    body,
  });
}
