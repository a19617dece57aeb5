/**
 * The saved-state codec: Progress to a compact, versioned string for `cmi.suspend_data`, and
 * back, keyed by the author's stable ids so that progress survives a republished course.
 *
 * Format 1:  `1|<location>|<visited,…>|<qid=choice.attempts,…>|<pid=length:text…>`
 * Ids never contain `|,=.:` (see ID_PATTERN), so only reflections need care: they are
 * length-prefixed rather than escaped, so a worst-case reflection costs its own length and no more.
 */
import { choicesOf } from "../blocks/rules.js";
import { type Course, type ReflectionPrompt, reflectionPromptsOf } from "../course/model.js";
import { cleanReflection, emptyProgress, type Progress } from "./progress.js";

export const SNAPSHOT_FORMAT = "1";

export function encodeSnapshot(progress: Progress): string {
  const answers = Object.entries(progress.answers)
    .map(([id, a]) => `${id}=${a.choice.join("")}.${a.attempts}`)
    .join(",");
  const reflections = Object.entries(progress.reflections)
    .filter(([, text]) => text !== "")
    .map(([id, text]) => `${id}=${text.length}:${text}`)
    .join("");
  return [
    SNAPSHOT_FORMAT,
    progress.location ?? "",
    progress.visited.join(","),
    answers,
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
  const parts = splitHead(text, 4);
  if (parts[0] !== SNAPSHOT_FORMAT) throw new Error(`unknown format "${parts[0].slice(0, 20)}"`);
  const [, location, visited, answers, reflections] = parts;
  const dropped: string[] = [];
  const moduleIds = new Set(course.modules.map((m) => m.id));
  const progress = emptyProgress();

  for (const id of visited ? visited.split(",") : []) {
    if (moduleIds.has(id)) {
      if (!progress.visited.includes(id)) progress.visited.push(id);
    } else dropped.push(`module "${id}" is no longer in the course`);
  }
  if (location && moduleIds.has(location)) progress.location = location;
  else if (location) dropped.push(`bookmark "${location}" is no longer in the course`);

  const questions = new Map(choicesOf(course).map((q) => [q.id, q]));
  for (const entry of answers ? answers.split(",") : []) {
    const m = /^([a-z][a-z0-9-]*)=([a-z0-9]*)\.(\d+)$/.exec(entry);
    if (!m) throw new Error(`unreadable answer "${entry.slice(0, 40)}"`);
    const [, id, letters, attempts] = m;
    const q = questions.get(id);
    if (!q) {
      dropped.push(`question "${id}" is no longer in the course`);
      continue;
    }
    const optionIds = new Set(q.options.map((o) => o.id));
    const choice = [...letters];
    if (choice.length === 0 || !choice.every((c) => optionIds.has(c))) {
      dropped.push(`the answer to "${id}" names options the question no longer has`);
      continue;
    }
    if (q.kind !== "multiple" && choice.length > 1) {
      dropped.push(`the answer to "${id}" has several choices but the question now takes one`);
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
  progress.location = progress.visited.reduce((a, b) => (b.length > a.length ? b : a), "");
  for (const q of choicesOf(course)) {
    progress.answers[q.id] = {
      choice: q.kind === "multiple" ? q.options.map((o) => o.id) : [q.options[0].id],
      attempts: course.settings.attemptsPerQuestion,
    };
  }
  for (const p of reflectionPromptsOf(course)) progress.reflections[p.id] = "|".repeat(p.maxLength);
  return encodeSnapshot(progress);
}

/** SCORM 1.2's limit for cmi.suspend_data, which every LMS must accept. */
export const SUSPEND_DATA_LIMIT = 4096;
