/**
 * The saved-state codec: Progress to a compact, versioned string for `cmi.suspend_data`, and
 * back, keyed by the author's stable ids so that progress survives a republished course.
 *
 * Format 3:  `3|<location>|<visited,…>|<qid=choice.attempts,…>|<completed>|<time>|<draws>|<pid=length:text…>`
 * - location: a module id, or `<module id>.<page>` from page 2 on;
 * - visited: module ids, each with `:<pages>` (the pages reached, a bit set in base 36) when
 *   more than its first page has been reached;
 * - completed: when the course first became complete, epoch seconds in base 36, or empty;
 * - time: time spent in the course, seconds in base 36;
 * - draws: `<block id>=<attempt>` (base 36) for each block that draws items per attempt (the final
 *   assessment) and is past its first attempt.
 * Format 2 (1.1.0) is format 3 without draws, and is still read. Format 1 (version 1.0.0 of the player) is `1|<location>|<visited>|<answers>|<reflections>` and
 * is still read. Ids never contain `|,=.:` (see ID_PATTERN), so only reflections need care: they
 * are length-prefixed rather than escaped, so a worst-case reflection costs its own length.
 */

import { pageCountOf } from "../blocks/page/rules.js";
import type { ReflectionPrompt } from "../blocks/reflection/model.js";
import { reflectionPromptsOf } from "../blocks/reflection/rules.js";
import { answerablesOf, kindOf } from "../blocks/rules.js";
import type { Course } from "../course/model.js";
import { longestResponse, responseMisfit } from "../kit/response.js";
import { cleanReflection, emptyProgress, locationOf, type Progress, placeOf } from "./progress.js";

export const SNAPSHOT_FORMAT = "3";

/** The highest attempt number a draw keeps (three base-36 characters). */
const ATTEMPTS_MAX = 36 ** 3 - 1;

export function encodeSnapshot(progress: Progress): string {
  const answers = Object.entries(progress.answers)
    .map(([id, a]) => `${id}=${a.choice.join("")}.${a.attempts}`)
    .join(",");
  const reflections = Object.entries(progress.reflections)
    .filter(([, text]) => text !== "")
    .map(([id, text]) => `${id}=${text.length}:${text}`)
    .join("");
  const visited = progress.visited.map((id) => {
    const seen = progress.pagesSeen[id];
    return seen === undefined || seen === 1 ? id : `${id}:${seen.toString(36)}`;
  });
  return [
    SNAPSHOT_FORMAT,
    progress.location ?? "",
    visited.join(","),
    answers,
    progress.completedAt === undefined ? "" : Math.floor(progress.completedAt / 1000).toString(36),
    Math.floor(progress.timeSpentMs / 1000).toString(36),
    Object.entries(progress.draws ?? {})
      .filter(([, n]) => n > 0)
      .map(([id, n]) => `${id}=${n.toString(36)}`)
      .join(","),
    reflections,
  ].join("|");
}

export interface Restored {
  progress: Progress;
  /** What could not be carried over, in words for the developer console. */
  dropped: string[];
}

/**
 * Reads saved state against the course as it is now. Unknown modules, questions, options and
 * prompts are dropped (the course was republished without them); anything unreadable starts the
 * learner fresh and says why.
 */
export function decodeSnapshot(text: string, course: Course): Restored {
  if (text === "") return { progress: emptyProgress(), dropped: [] };
  try {
    return decode(text, course);
  } catch (e) {
    return {
      progress: emptyProgress(),
      dropped: [`saved state could not be read (${(e as Error).message}); starting fresh`],
    };
  }
}

function decode(text: string, course: Course): Restored {
  const format = text.slice(0, text.indexOf("|"));
  if (format !== SNAPSHOT_FORMAT && format !== "2" && format !== "1") {
    throw new Error(`unknown format "${format.slice(0, 20)}"`);
  }
  const parts = splitHead(text, format === "1" ? 4 : format === "2" ? 6 : 7);
  const [, location, visited, answers] = parts;
  const [completed, time, draws, reflections] =
    format === "1"
      ? ["", "", "", parts[4]]
      : format === "2"
        ? [parts[4], parts[5], "", parts[6]]
        : parts.slice(4);
  const dropped: string[] = [];
  const modules = new Map(course.modules.map((m) => [m.id, m]));
  const progress = emptyProgress();

  for (const entry of visited ? visited.split(",") : []) {
    const m = /^([a-z][a-z0-9-]*)(?::([0-9a-z]+))?$/.exec(entry);
    if (!m) throw new Error(`unreadable module "${entry.slice(0, 40)}"`);
    const module = modules.get(m[1]);
    if (!module) {
      dropped.push(`module "${m[1]}" is no longer in the course`);
      continue;
    }
    if (!progress.visited.includes(module.id)) progress.visited.push(module.id);
    // Pages the module no longer has are forgotten.
    const all = 2 ** Math.min(pageCountOf(module), 31) - 1;
    const seen = (m[2] === undefined ? 1 : Number.parseInt(m[2], 36)) & all;
    progress.pagesSeen[module.id] = seen || 1;
  }
  const place = placeOf(course, location);
  if (place) progress.location = locationOf(place);
  else if (location) dropped.push(`bookmark "${location}" is no longer in the course`);
  if (completed) progress.completedAt = secondsOf(completed, "completion date") * 1000;
  if (time) progress.timeSpentMs = secondsOf(time, "time spent") * 1000;

  const blockIds = new Set(course.modules.flatMap((m) => m.blocks.map(blockIdOf)));
  for (const entry of draws ? draws.split(",") : []) {
    const m = /^([a-z][a-z0-9-]*)=([0-9a-z]{1,3})$/.exec(entry);
    if (!m) throw new Error(`unreadable draw "${entry.slice(0, 40)}"`);
    if (blockIds.has(m[1]))
      progress.draws = { ...progress.draws, [m[1]]: Number.parseInt(m[2], 36) };
    else dropped.push(`the assessment "${m[1]}" is no longer in the course`);
  }

  const items = new Map(answerablesOf(course).map((q) => [q.id, q]));
  for (const entry of answers ? answers.split(",") : []) {
    const m = /^([a-z][a-z0-9-]*)=([a-z0-9]*)\.(\d+)$/.exec(entry);
    if (!m) throw new Error(`unreadable answer "${entry.slice(0, 40)}"`);
    const [, id, parts, attempts] = m;
    const item = items.get(id);
    if (!item) {
      dropped.push(`question "${id}" is no longer in the course`);
      continue;
    }
    const choice = [...parts];
    const misfit = responseMisfit(item, choice);
    if (misfit) {
      dropped.push(`the answer to "${id}" no longer fits: ${misfit}`);
      continue;
    }
    progress.answers[id] = { choice, attempts: Math.max(1, Number(attempts)) };
  }

  const prompts = new Map<string, ReflectionPrompt>(
    reflectionPromptsOf(course).map((p) => [p.id, p]),
  );
  let rest = reflections ?? "";
  while (rest !== "") {
    const m = /^([a-z][a-z0-9-]*)=(\d+):/.exec(rest);
    if (!m) throw new Error("unreadable reflection");
    const length = Number(m[2]);
    const body = rest.slice(m[0].length, m[0].length + length);
    if (body.length !== length) throw new Error("a reflection is cut short");
    rest = rest.slice(m[0].length + length);
    const prompt = prompts.get(m[1]);
    if (prompt) progress.reflections[m[1]] = cleanReflection(body, prompt.maxLength);
    else dropped.push(`reflection "${m[1]}" is no longer in the course`);
  }
  return { progress, dropped };
}

/** A block's own id, where it has one (an assessment does; prose does not). */
function blockIdOf(block: object): string {
  return "id" in block && typeof block.id === "string" ? block.id : "";
}

function secondsOf(text: string, what: string): number {
  if (!/^[0-9a-z]{1,10}$/.test(text)) throw new Error(`unreadable ${what} "${text.slice(0, 20)}"`);
  return Number.parseInt(text, 36);
}

/** Splits on the first `count` bars only: the last field (reflections) may contain bars. */
function splitHead(text: string, count: number): string[] {
  const out: string[] = [];
  let rest = text;
  for (let i = 0; i < count; i++) {
    const at = rest.indexOf("|");
    if (at < 0) throw new Error("too few fields");
    out.push(rest.slice(0, at));
    rest = rest.slice(at + 1);
  }
  out.push(rest);
  return out;
}

/**
 * The longest saved state this course can produce: every module visited, the longest location,
 * every question and decision answered with as many options as it takes and the most attempts, every reflection at its
 * longest. The build refuses a course whose worst case does not fit SCORM 1.2's 4096 characters.
 */
export function worstCaseSnapshot(course: Course): string {
  const progress = emptyProgress();
  progress.visited = course.modules.map((m) => m.id);
  // Every page reached, so every module carries its longest page set.
  for (const m of course.modules) progress.pagesSeen[m.id] = 2 ** Math.min(pageCountOf(m), 31) - 1;
  progress.location = course.modules
    .map((m) => `${m.id}.${pageCountOf(m)}`)
    .reduce((a, b) => (b.length > a.length ? b : a), "");
  // Dates and times at their longest: a completion far in the future, a century in the course.
  progress.completedAt = 4_102_444_800_000;
  progress.timeSpentMs = 3_155_760_000_000;
  const held = course.modules.flatMap((m) =>
    m.blocks.flatMap((b) => {
      const attempt = kindOf(b).attempt;
      return attempt ? [...attempt.heldAtMost(b)] : [...kindOf(b).answerables(b)];
    }),
  );
  for (const item of held) {
    progress.answers[item.id] = {
      choice: longestResponse(item),
      attempts: course.settings.attemptsPerQuestion,
    };
  }
  for (const p of reflectionPromptsOf(course)) progress.reflections[p.id] = "|".repeat(p.maxLength);
  // Every block past many attempts; only a block that draws keeps one, but the count is cheap.
  const draws: Record<string, number> = {};
  for (const m of course.modules) {
    for (const b of m.blocks)
      if (blockIdOf(b) && kindOf(b).attempt) draws[blockIdOf(b)] = ATTEMPTS_MAX;
  }
  progress.draws = draws;
  return encodeSnapshot(progress);
}

/** SCORM 1.2's limit for cmi.suspend_data, which every LMS must accept. */
export const SUSPEND_DATA_LIMIT = 4096;
