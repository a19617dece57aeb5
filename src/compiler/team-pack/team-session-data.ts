/**
 * The web package's team session data (src/team-session/data.ts), made from the same compiled
 * team model as the facilitator pack (team-model.ts), and the Vite plugin that serves it to the
 * player's build as `virtual:team-session`: a file of its own, fetched only when the page is
 * opened at `index.html#team`.
 *
 * Build time, Node only.
 */
import type { Plugin } from "vite";
import type { Course } from "../../course/model.js";
import type { NamedChange, SessionStep, TeamSessionData } from "../../team-session/data.js";
import { compileCourse } from "../player-build/course-plugin.js";
import type { PlanStep, TeamContent } from "./team-md.js";
import { teamModel } from "./team-model.js";

/**
 * A plan's steps as the shared screen walks them: the content warning, the case summary, each
 * decision the plan names, the key points, the feedback sheet. The plan's own steps give their
 * minutes: the steps before the case are the warning's, then the summary's; the last is the
 * sheet's and the one before it the key points'; a step naming decisions shares its minutes
 * among them; any other step (a break) is shown as itself, where it falls. A part no step of the
 * plan gives minutes to counts up instead.
 */
export function sessionSteps(
  plan: readonly PlanStep[],
  allDecisions: readonly string[],
): SessionStep[] {
  const firstCase = plan.findIndex((s) => s.decisions.length > 0);
  const lastCase = plan.length - 1 - [...plan].reverse().findIndex((s) => s.decisions.length > 0);
  // With no step naming a decision, the plan's first two steps open and its last two close.
  const before = firstCase < 0 ? Math.min(2, plan.length) : firstCase;
  const after = firstCase < 0 ? Math.max(before, plan.length - 2) : lastCase + 1;
  const timed = (s: PlanStep | undefined) =>
    s ? { seconds: s.minutes * 60, activityHtml: s.activityHtml } : {};
  const activity = (s: PlanStep): SessionStep => ({
    kind: "activity",
    seconds: s.minutes * 60,
    activityHtml: s.activityHtml,
  });
  const steps: SessionStep[] = [
    { kind: "warning", ...timed(before >= 1 ? plan[0] : undefined) },
    { kind: "summary", ...timed(before >= 2 ? plan[1] : undefined) },
    ...plan.slice(2, before).map(activity),
  ];
  for (const s of plan.slice(before, after)) {
    if (s.decisions.length === 0) {
      steps.push(activity(s));
      continue;
    }
    const share = Math.round((s.minutes * 60) / s.decisions.length);
    for (const decision of s.decisions)
      steps.push({ kind: "decision", decision, seconds: share, activityHtml: s.activityHtml });
  }
  // A plan that names no decision still walks the case, every decision counting up.
  if (firstCase < 0)
    for (const decision of allDecisions) steps.push({ kind: "decision", decision });
  const closing = plan.slice(after);
  const sheet = closing.length >= 1 ? closing[closing.length - 1] : undefined;
  const points = closing.length >= 2 ? closing[closing.length - 2] : undefined;
  steps.push(...closing.slice(0, Math.max(0, closing.length - 2)).map(activity));
  steps.push({ kind: "points", ...timed(points) }, { kind: "sheet", ...timed(sheet) });
  return steps;
}

/** The changes a team may name on its feedback sheet: one for each key message (theme) of the course. */
export function changesOf(course: Pick<Course, "themes">): NamedChange[] {
  return course.themes.map((t) => ({ id: t.id, text: t.title }));
}

export function teamSessionData(course: Course, team?: TeamContent): TeamSessionData {
  const model = teamModel(course, team);
  const ids = model.decisions.map((d) => d.id);
  return {
    course: {
      id: course.id,
      version: course.version,
      title: course.title,
      language: course.language,
    },
    contentWarningHtml: course.contentWarningHtml,
    supportHtml: course.supportHtml,
    summaryHtml: model.summaryHtml,
    decisions: model.decisions.map((d) => {
      const notes = model.notes.get(d.id);
      return {
        id: d.id,
        caseTitle: d.caseTitle,
        sceneHtml: d.sceneHtml,
        questionHtml: d.questionHtml,
        askHtml: notes?.ask ?? [],
        options: d.options.map((o) => ({
          id: o.id,
          html: o.html,
          best: o.best,
          feedbackHtml: o.feedbackHtml,
        })),
        ...(notes?.reviewFoundHtml ? { reviewFoundHtml: notes.reviewFoundHtml } : {}),
      };
    }),
    keyPoints: model.keyPoints.map((k) => ({ title: k.title, points: k.points })),
    plans: Object.fromEntries(
      [...model.plans].map(([len, plan]) => [String(len), sessionSteps(plan, ids)]),
    ),
    changes: changesOf(course),
    ...(course.local ? { partnership: course.local.partnership } : {}),
  };
}

const VIRTUAL_ID = "virtual:team-session";

/** Serves the team session's data to the player's build: the same checked course the player gets. */
export function teamSessionPlugin(courseDir: string): Plugin {
  return {
    name: "team-session",
    resolveId: (id) => (id === VIRTUAL_ID ? `\0${id}` : undefined),
    load(id) {
      if (id !== `\0${VIRTUAL_ID}`) return undefined;
      const { loaded } = compileCourse(courseDir);
      // The course plugin reports a course with problems; the preview shows them instead.
      if (!loaded) return "export default null;";
      const data = teamSessionData(loaded.course, loaded.team);
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;
    },
  };
}
