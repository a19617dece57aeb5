/**
 * Reads a course folder's `team.md`: what a facilitator pack says beyond the course itself (the
 * session plans' timings, questions to ask at each decision of the walked case, what the review
 * found there, the lessons' key points, reflective supervision prompts) and, below the settings,
 * the case summary in Markdown. Every problem is reported as `file:line: message`, into the
 * loader's list, so `npm run check`, the live preview and the build all name it.
 *
 * Build time, Node only. Nothing here ships to the learner.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Course } from "../../course/model.js";
import { renderBlock, renderInline } from "../../loading/markdown.js";
import { type CourseProblem, closest, displayPath } from "../../loading/problems.js";
import { FieldReader, lineOf, parseYaml, type YamlSource } from "../../loading/yaml-fields.js";
import { readAuthorText } from "../course/encoding.js";
import { expandPlaceholders } from "../course/placeholders.js";

export const TEAM_FILE = "team.md";
/** The two sessions a pack plans, in minutes: a team meeting's slot and a half-day's. */
export const SESSION_LENGTHS = [45, 90] as const;
export type SessionLength = (typeof SESSION_LENGTHS)[number];

export interface PlanStep {
  minutes: number;
  /** What the team does in this step (sanitized inline HTML). */
  activityHtml: string;
  /** The decisions of the walked case discussed in this step, by LMS id (`<case>-<scene>`). */
  decisions: string[];
}

export interface DecisionNotes {
  /** Questions to put to the team (sanitized inline HTML each). */
  ask: string[];
  /** What the review found on this kind of decision (sanitized HTML), where the author gives it. */
  reviewFoundHtml?: string;
}

export interface KeyPoints {
  theme: string;
  /** Sanitized inline HTML each. */
  points: string[];
}

/** What team.md adds; each part absent falls back to the pack's defaults. */
export interface TeamContent {
  plans: Partial<Record<SessionLength, PlanStep[]>>;
  /** The case summary (sanitized HTML), from the Markdown below the settings. */
  summaryHtml?: string;
  decisions: Record<string, DecisionNotes>;
  keyPoints?: KeyPoints[];
  supervision?: string[];
}

const TEAM_KEYS = ["session_45", "session_90", "decisions", "key_points", "supervision"] as const;
const STEP_KEYS = ["minutes", "activity", "decisions"] as const;
const DECISION_KEYS = ["decision", "ask", "review_found"] as const;
const KEY_POINT_KEYS = ["theme", "points"] as const;

/** Every decision of the course's walked cases, by LMS id, in course order. */
export function decisionIdsOf(course: Pick<Course, "modules">): string[] {
  const out: string[] = [];
  for (const m of course.modules)
    for (const b of m.blocks)
      if (b.kind === "branching")
        for (const s of b.scenes) if (s.options.length > 0) out.push(`${b.id}-${s.id}`);
  return out;
}

/**
 * Reads `team.md` in `dir`, when there is one. References (decision ids, theme ids) are checked
 * only when `whole` says the rest of the course loaded: otherwise a module with a problem would
 * make every decision in it look unknown.
 */
export function readTeam(
  dir: string,
  course: Pick<Course, "modules" | "themes" | "local" | "endorsement">,
  problems: CourseProblem[],
  whole = true,
): TeamContent | undefined {
  const path = join(dir, TEAM_FILE);
  if (!existsSync(path)) return undefined;
  const file = displayPath(path);
  const raw = readAuthorText(path, file, problems);
  if (raw === undefined) return undefined;
  return readTeamText(raw, file, course, problems, whole);
}

export function readTeamText(
  raw: string,
  file: string,
  course: Pick<Course, "modules" | "themes" | "local" | "endorsement">,
  problems: CourseProblem[],
  whole = true,
): TeamContent | undefined {
  const before = problems.length;
  const text = expandPlaceholders(
    raw,
    file,
    1,
    { local: course.local, endorsement: course.endorsement },
    problems,
  );
  const lines = text.split("\n");
  const problem = (line: number, message: string) => problems.push({ file, line, message });
  if (lines[0]?.trim() !== "---") {
    problem(
      1,
      'team.md starts with its settings between two "---" lines (session_45, session_90, decisions, key_points, supervision), then the case summary: see "The team pack" in course/README.md',
    );
    return undefined;
  }
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === "---");
  if (end < 0) {
    problem(1, 'the settings at the top are not closed: add a line with just "---"');
    return undefined;
  }
  const parsed = parseYaml(lines.slice(1, end).join("\n"), file, 2, problems);
  if (!parsed) return undefined;
  const source = parsed.source;
  const r = new FieldReader(parsed.root, source, "team.md", problems, TEAM_KEYS);
  if (!r.ok) return undefined;

  const decisionIds = decisionIdsOf(course);
  const themeIds = course.themes.map((t) => t.id);
  const checkDecision = (id: string, line: number): boolean => {
    if (!whole || decisionIds.includes(id)) return true;
    const guess = closest(id, decisionIds);
    problem(
      line,
      decisionIds.length === 0
        ? `"${id}" names a decision, but the course has no walked case (no branching block)`
        : `"${id}" is not a decision of the walked case: ${guess ? `did you mean "${guess}"? ` : ""}the decisions are ${decisionIds.join(", ")} (the case's id, a hyphen and the scene's id, as the LMS reports them)`,
    );
    return false;
  };

  const plans: TeamContent["plans"] = {};
  for (const length of SESSION_LENGTHS) {
    const key = `session_${length}`;
    const list = r.list(key, false);
    if (!list) continue;
    const steps: PlanStep[] = [];
    for (const node of list.items) {
      const s = new FieldReader(node, source, `a step of "${key}"`, problems, STEP_KEYS);
      if (!s.ok) continue;
      const minutes = s.number("minutes", { min: 1, max: length, integer: true });
      const activity = s.text("activity");
      const named = textList(s, "decisions", false, source, problems);
      const decisions = named.filter(([id, line]) => checkDecision(id, line)).map(([id]) => id);
      s.finish();
      if (minutes !== undefined && activity !== undefined)
        steps.push({ minutes, activityHtml: renderInline(activity), decisions });
    }
    const total = steps.reduce((n, st) => n + st.minutes, 0);
    if (steps.length === list.items.length && total !== length) {
      problem(
        r.lineOfKey(key),
        `the steps of "${key}" add up to ${total} minutes, not ${length}: change their "minutes" so the session fits its ${length} minutes`,
      );
    }
    plans[length] = steps;
  }

  const decisions: Record<string, DecisionNotes> = {};
  const decisionList = r.list("decisions", false);
  for (const node of decisionList?.items ?? []) {
    const d = new FieldReader(node, source, "a decision's notes", problems, DECISION_KEYS);
    if (!d.ok) continue;
    const id = d.text("decision");
    const ask = textList(d, "ask", true, source, problems).map(([t]) => renderInline(t));
    const found = d.text("review_found", false);
    d.finish();
    if (id === undefined) continue;
    const line = d.lineOfKey("decision");
    if (!checkDecision(id, line)) continue;
    if (decisions[id]) {
      problem(line, `the notes for "${id}" are written twice: keep one`);
      continue;
    }
    decisions[id] = { ask, ...(found ? { reviewFoundHtml: renderBlock(found) } : {}) };
  }

  let keyPoints: KeyPoints[] | undefined;
  const keyList = r.list("key_points", false);
  if (keyList) {
    keyPoints = [];
    for (const node of keyList.items) {
      const k = new FieldReader(node, source, "a lesson's key points", problems, KEY_POINT_KEYS);
      if (!k.ok) continue;
      const theme = k.text("theme");
      const points = textList(k, "points", true, source, problems).map(([t]) => renderInline(t));
      k.finish();
      if (theme === undefined) continue;
      if (!themeIds.includes(theme)) {
        const guess = closest(theme, themeIds);
        problem(
          k.lineOfKey("theme"),
          `"${theme}" is not a theme in course.yaml: ${guess ? `did you mean "${guess}"? ` : ""}the themes are ${themeIds.join(", ")}`,
        );
        continue;
      }
      keyPoints.push({ theme, points });
    }
  }

  const supervision = r.has("supervision")
    ? textList(r, "supervision", true, source, problems).map(([t]) => renderInline(t))
    : undefined;
  r.finish();

  // Below the settings: the case summary, in Markdown, as a module's text is written.
  const bodyFirstLine = end + 2;
  const body = lines.slice(end + 1).join("\n");
  body.split("\n").forEach((l, i) => {
    const tag = /<\/?([a-z][a-z0-9-]*)[^>]*>/i.exec(l.replace(/<!--.*?-->/g, ""));
    if (tag)
      problem(
        bodyFirstLine + i,
        `raw HTML <${tag[1]}> is not allowed in team.md: write Markdown (**bold**, [text](https://…), lists with "- ")`,
      );
    if (/^#\s/.test(l))
      problem(
        bodyFirstLine + i,
        'a single "#" heading is the pack\'s own title: use "##" and "###" in the case summary',
      );
  });
  if (problems.length > before) return undefined;
  return {
    plans,
    ...(body.trim() ? { summaryHtml: renderBlock(body) } : {}),
    decisions,
    ...(keyPoints ? { keyPoints } : {}),
    ...(supervision ? { supervision } : {}),
  };
}

/** A list of texts, each with its line; a non-text entry is a problem at its line. */
function textList(
  r: FieldReader,
  key: string,
  required: boolean,
  source: YamlSource,
  problems: CourseProblem[],
): Array<[string, number]> {
  const list = r.list(key, required);
  if (!list) return [];
  if (required && list.items.length === 0) r.problem(list.line, `"${key}" is an empty list`);
  const out: Array<[string, number]> = [];
  for (const item of list.items) {
    const line = lineOf(item, source);
    const value = (item as { value?: unknown }).value;
    if (typeof value !== "string" || !value.trim()) {
      problems.push({
        file: source.file,
        line,
        message: `each entry of "${key}" should be some text on a line starting with "- " (put text holding a colon in double quotes)`,
      });
      continue;
    }
    out.push([value.trim(), line]);
  }
  return out;
}
