/**
 * The team material compiled once from the course and its `team.md` (team-md.ts), with the
 * defaults for every part that file does not give: the facilitator pack (team-pack.ts) prints it
 * and the web package's team session (team-session-data.ts, src/team-session/) shows it, so the
 * two never tell a team different things.
 *
 * Build time, Node only. Nothing here ships to the learner (the session gets plain data).
 */
import type { Block, Course } from "../../course/model.js";
import { textOf } from "../answer-key/scored-items.js";
import { withoutCourseLinks } from "../course/module-links.js";
import { escapeHtml } from "../html-page.js";
import {
  type DecisionNotes,
  type PlanStep,
  SESSION_LENGTHS,
  type SessionLength,
  type TeamContent,
} from "./team-md.js";

/** Asked at every decision that team.md gives no questions for. */
export const DEFAULT_ASK = [
  "Before you look at the options: what would you do here, and why?",
  "What do we know at this point, what do we not know, and who else might know it?",
  "What would each option mean for the children, today and in a month's time?",
  "What would make the best option hard to take in our agency, and what would help?",
];

/** Reflective supervision prompts for a course whose team.md gives none. */
export const DEFAULT_SUPERVISION = [
  "Which part of this case stayed with you, and why?",
  "Think of a family you work with now. Where might the same pattern be happening?",
  "When did you last disagree with a decision about a child? What did you do, and what happened?",
  "Whose account of the children's lives are you relying on, and how have you checked it?",
  "What would help you challenge, or escalate, sooner?",
  "How are you looking after yourself when the work involves abuse like this?",
];

export interface Decision {
  id: string;
  caseTitle: string;
  sceneHtml: string;
  questionHtml: string;
  questionText: string;
  options: Array<{
    id: string;
    html: string;
    best: boolean;
    feedbackHtml: string;
    leadsTo?: string;
  }>;
}

/** A compiled text for a page outside the course: no in-course links, no glossary elements. */
function outside(html: string): string {
  return withoutCourseLinks(html).replace(/<\/?glossary-term[^>]*>/g, "");
}

export function decisionsOf(course: Course): Decision[] {
  const out: Decision[] = [];
  for (const m of course.modules)
    for (const b of m.blocks) {
      if (b.kind !== "branching") continue;
      const scenes = new Map(b.scenes.map((s) => [s.id, s]));
      for (const s of b.scenes) {
        if (s.options.length === 0) continue;
        out.push({
          id: `${b.id}-${s.id}`,
          caseTitle: b.title,
          sceneHtml: outside(s.html),
          questionHtml: outside(s.questionHtml ?? ""),
          questionText: s.questionText ?? textOf(s.questionHtml ?? ""),
          options: s.options.map((o) => ({
            id: o.id,
            html: outside(o.html),
            best: o.best,
            feedbackHtml: outside(o.feedbackHtml),
            leadsTo: scenes.get(o.next) ? outside(scenes.get(o.next)?.html ?? "") : undefined,
          })),
        });
      }
    }
  return out;
}

/**
 * Plans for a course whose team.md gives none: the shared parts fixed, the decisions shared
 * out at about six minutes each (45) or five (90), in the case's order.
 */
export function defaultPlan(length: SessionLength, decisions: readonly string[]): PlanStep[] {
  const step = (minutes: number, activity: string, d: string[] = []): PlanStep => ({
    minutes,
    activityHtml: escapeHtml(activity),
    decisions: d,
  });
  const [open, summary, points, sheet] = length === 45 ? [5, 5, 5, 5] : [10, 10, 10, 15];
  const forCase = length - open - summary - points - sheet;
  const chosen = decisions.slice(0, Math.floor(forCase / (length === 45 ? 6 : 5)));
  const plan = [
    step(
      open,
      "Welcome; read the content warning aloud; agree that anyone may step out; say where support is.",
    ),
    step(summary, "Read the case summary together. What strikes the team first?"),
    chosen.length
      ? step(
          forCase,
          `Walk the case: for each decision, read the scene, ask the team before showing the options, then compare with what good looks like.${chosen.length < decisions.length ? ` There is time for ${chosen.length} of the ${decisions.length} decisions: these, or the ones nearest the team's work.` : ""}`,
          chosen,
        )
      : step(forCase, "Discuss the case: what could each agency have done, and when?"),
    step(points, "The lessons' key points: which matters most for this team's work?"),
    step(
      sheet,
      "Fill in the feedback sheet together: what the team discussed, what it will change, what it needs from the partnership.",
    ),
  ];
  return plan;
}

/** The case summary a course without team.md gets: the prose of its first module with case detail. */
function defaultSummary(course: Course): string {
  const hasCase = (blocks: Block[]) => blocks.some((b) => b.kind === "branching");
  const m =
    course.modules.find((x) => x.contentWarning && !hasCase(x.blocks)) ??
    course.modules.find((x) => x.contentWarning) ??
    course.modules[0];
  const parts = m.blocks.flatMap((b) => {
    if (b.kind === "html") return [outside(b.html)];
    if (b.kind === "timeline")
      return [
        `<ol class="events">${b.events.map((e) => `<li><strong>${escapeHtml(e.when)}:</strong> ${outside(e.html)}</li>`).join("")}</ol>`,
      ];
    return [];
  });
  return `<p class="muted">From the course's module "${escapeHtml(m.title)}".</p>\n${underH3(parts.join("\n"))}`;
}

/** A text's own headings (h2 to h4) sit under the section's h3: h4, then h5. */
function underH3(html: string): string {
  return html.replace(/<(\/?)h[34]\b/g, "<$1h5").replace(/<(\/?)h2\b/g, "<$1h4");
}

/** A lesson's key points as a team reads them: its theme's title and the points (HTML each). */
export interface KeyPointsOf {
  theme: string;
  title: string;
  points: string[];
}

/** Everything a team session or pack says, every default applied. */
export interface TeamModel {
  decisions: Decision[];
  /** The notes of each decision: team.md's, or the general questions. */
  notes: Map<string, DecisionNotes>;
  plans: Map<SessionLength, PlanStep[]>;
  /** The case summary (HTML, its headings under an h3). */
  summaryHtml: string;
  /** Each lesson's key points; a course whose team.md gives none gets each theme's objective. */
  keyPoints: KeyPointsOf[];
  /** Supervision prompts (HTML each). */
  supervision: string[];
}

export function teamModel(course: Course, team?: TeamContent): TeamModel {
  const decisions = decisionsOf(course);
  const ids = decisions.map((d) => d.id);
  const ask = DEFAULT_ASK.map(escapeHtml);
  const notes = new Map(
    decisions.map((d) => {
      const given = team?.decisions[d.id];
      return [d.id, { ...given, ask: given?.ask.length ? given.ask : ask }];
    }),
  );
  const keyPoints: KeyPointsOf[] = team?.keyPoints?.length
    ? team.keyPoints.map((k) => ({
        theme: k.theme,
        title: course.themes.find((t) => t.id === k.theme)?.title ?? k.theme,
        points: k.points,
      }))
    : course.themes.map((t) => ({
        theme: t.id,
        title: t.title,
        points: [escapeHtml(t.objective)],
      }));
  return {
    decisions,
    notes,
    plans: new Map(SESSION_LENGTHS.map((len) => [len, team?.plans[len] ?? defaultPlan(len, ids)])),
    summaryHtml: team?.summaryHtml ? underH3(outside(team.summaryHtml)) : defaultSummary(course),
    keyPoints,
    supervision: team?.supervision?.length ? team.supervision : DEFAULT_SUPERVISION.map(escapeHtml),
  };
}
