/**
 * Reads a ```branching block at build time: its scenes and decisions, its endings, and the shape
 * of the story they make. Refuses, with file:line problems: an option leading to a missing scene,
 * a scene no path reaches, a scene that leads nowhere, a cycle, a decision with no single best
 * option; endings that cannot all be reached or do not cover every path (fewer than two, a
 * repeated id or `min_best`, none with `min_best: 0`, a `min_best` above the decisions a path can
 * meet, an id a scene has); and `scored: true` on a case where some path skips a decision.
 */
import type { Node } from "yaml";
import { ID_PATTERN, OPTION_ID_PATTERN } from "../../course/model.js";
import {
  type BlockContext,
  type BlockLoader,
  checkTheme,
  readBlockYaml,
} from "../../loading/load-context.js";
import { plainText, renderBlock, renderInline } from "../../loading/markdown.js";
import { closest } from "../../loading/problems.js";
import { FieldReader, type YamlSource } from "../../loading/yaml-fields.js";
import type { BranchingBlock, DecisionOption, Scene } from "./model.js";

const SCENARIO_KEYS = ["id", "title", "theme", "scored", "start", "scenes", "endings"] as const;
const SCENE_KEYS = ["id", "text", "role", "theme", "question", "options", "next", "end"] as const;
const OPTION_KEYS = ["id", "text", "best", "feedback", "next"] as const;

import { checkEndings, checkScored, type Lines, readEndings, Story } from "./load-endings.js";

export const loadBranching: BlockLoader<BranchingBlock> = (text, fenceLine, ctx) => {
  const parsed = readBlockYaml("branching", text, fenceLine, ctx);
  if (!parsed) return undefined;
  const { root, source } = parsed;
  const before = ctx.problems.length;
  const r = new FieldReader(root, source, "this branching scenario", ctx.problems, SCENARIO_KEYS);
  if (!r.ok) return undefined;
  const id = r.text("id");
  const claimed = ctx.ids.claim(id, "scenario", ctx.file, r.lineOfKey("id"));
  const title = r.text("title");
  const theme = r.text("theme");
  if (theme !== undefined) checkTheme(theme, r.lineOfKey("theme"), ctx);
  const scored = r.boolean("scored", false);
  const start = r.text("start", false);
  const lines: Lines = { scene: new Map(), links: [] };
  const scenes: Scene[] = [];
  const list = r.list("scenes");
  for (const node of list?.items ?? []) {
    const scene = readScene(node, source, ctx, lines, claimed ? id : undefined);
    if (scene) scenes.push(scene);
  }
  if (list && list.items.length === 0) r.problem(list.line, "a scenario needs at least one scene");
  const endingList = r.list("endings", false);
  const endings = endingList ? readEndings(endingList, source, ctx, lines) : [];
  r.finish();
  if (ctx.problems.length > before || !claimed || !title || !theme) return undefined;
  const startId = start ?? scenes[0].id;
  if (!lines.scene.has(startId)) {
    r.problem(
      r.lineOfKey("start"),
      `"start" names the scene "${startId}", but there is none${sceneHint(startId, [...lines.scene.keys()])}`,
    );
    return undefined;
  }
  checkStory(scenes, startId, lines, ctx);
  if (ctx.problems.length > before) return undefined;
  const story = new Story(scenes, startId);
  if (endingList) checkEndings(endings, endingList.line, story, ctx);
  if (scored) checkScored(story, r.lineOfKey("scored"), ctx);
  if (ctx.problems.length > before) return undefined;
  return {
    kind: "branching",
    id,
    title,
    theme,
    scored,
    start: startId,
    // A decision without a theme of its own is reported under the scenario's.
    scenes: scenes.map((s) => (s.options.length > 0 ? { ...s, theme: s.theme ?? theme } : s)),
    endings: endings.map(({ line: _line, minBestLine: _minBestLine, ...e }) => e),
  };
};

function readScene(
  node: Node,
  source: YamlSource,
  ctx: BlockContext,
  lines: Lines,
  scenarioId: string | undefined,
): Scene | undefined {
  const before = ctx.problems.length;
  const s = new FieldReader(node, source, "this scene", ctx.problems, SCENE_KEYS);
  if (!s.ok) return undefined;
  const id = s.text("id");
  const idLine = s.lineOfKey("id");
  if (id !== undefined) {
    if (!ID_PATTERN.test(id)) {
      s.problem(
        idLine,
        `the scene id "${id}" should start with a lowercase letter and use only lowercase letters, digits and hyphens`,
      );
    } else if (lines.scene.has(id)) {
      s.problem(idLine, `the scene id "${id}" is used twice in this scenario`);
    } else lines.scene.set(id, idLine);
  }
  const text = s.text("text");
  const theme = s.text("theme", false);
  if (theme !== undefined) checkTheme(theme, s.lineOfKey("theme"), ctx);
  const role = readRole(s);
  const question = s.text("question", false);
  const next = s.text("next", false);
  const end = s.boolean("end", false);
  const options: DecisionOption[] = [];
  const list = s.list("options", false);
  if (list) {
    const seen = new Set<string>();
    for (const item of list.items) {
      const o = new FieldReader(item, source, "this choice", ctx.problems, OPTION_KEYS);
      if (!o.ok) continue;
      const oid = o.text("id");
      if (oid !== undefined && !OPTION_ID_PATTERN.test(oid)) {
        o.problem(
          o.lineOfKey("id"),
          `the option id "${oid}" should be one lowercase letter or digit, like a`,
        );
      } else if (oid !== undefined && seen.has(oid)) {
        o.problem(o.lineOfKey("id"), `the option id "${oid}" is used twice in this scene`);
      }
      if (oid !== undefined) seen.add(oid);
      const optionText = o.text("text");
      const best = o.boolean("best", false);
      const feedback = o.text("feedback", false);
      if (feedback === undefined) {
        o.problem(
          o.line,
          `option "${oid ?? "?"}" has no feedback: say why it is or is not the best choice`,
        );
      }
      const to = o.text("next", false);
      if (to === undefined) {
        o.problem(
          o.line,
          `option "${oid ?? "?"}" has no "next": name the scene this choice leads to`,
        );
      } else if (id !== undefined) lines.links.push({ from: id, to, line: o.lineOfKey("next") });
      o.finish();
      options.push({
        id: oid ?? "",
        html: renderInline(optionText ?? ""),
        best,
        feedbackHtml: renderBlock(feedback ?? ""),
        next: to ?? "",
      });
    }
    if (list.items.length < 2) s.problem(list.line, "a decision needs at least two options");
    const bestCount = options.filter((o) => o.best).length;
    if (bestCount !== 1 && options.length >= 2) {
      s.problem(
        s.line,
        bestCount === 0
          ? `the decision in scene "${id}" has no best option: mark one with "best: true"`
          : `the decision in scene "${id}" has ${bestCount} best options: mark just one with "best: true" (it is reported as the correct response)`,
      );
    }
    if (question === undefined) {
      s.problem(
        s.line,
        `scene "${id}" offers options but asks nothing: add "question:" (what the learner decides)`,
      );
    }
    if (next !== undefined || end) {
      s.problem(
        s.lineOfKey(next !== undefined ? "next" : "end"),
        `scene "${id}" offers options, so each option names where it leads: remove "${next !== undefined ? "next" : "end"}"`,
      );
    }
  } else {
    if (theme !== undefined) {
      s.problem(
        s.lineOfKey("theme"),
        `scene "${id}" has a theme but offers no options: a theme belongs to a decision (a scene with "options")`,
      );
    }
    if (role !== undefined) {
      s.problem(
        s.lineOfKey("role"),
        `scene "${id}" names a role but offers no options: a role is who the learner is at a decision (a scene with "options")`,
      );
    }
    if (question !== undefined) {
      s.problem(
        s.lineOfKey("question"),
        `scene "${id}" asks a question but offers no options: add "options:" or remove the question`,
      );
    }
    if (next !== undefined && end) {
      s.problem(
        s.lineOfKey("end"),
        `scene "${id}" both ends the case and goes on to "${next}": keep one`,
      );
    } else if (next === undefined && !end) {
      s.problem(
        s.line,
        `scene "${id}" leads nowhere: give it options, a "next" scene, or "end: true" if the case ends here`,
      );
    }
    if (next !== undefined && id !== undefined)
      lines.links.push({ from: id, to: next, line: s.lineOfKey("next") });
  }
  s.finish();
  if (ctx.problems.length > before || id === undefined || text === undefined) return undefined;
  if (options.length > 0 && scenarioId !== undefined) {
    ctx.ids.claimReported(`${scenarioId}-${id}`, "decision", ctx.file, idLine);
  }
  return {
    id,
    html: renderBlock(text),
    questionHtml: question === undefined ? undefined : renderBlock(question),
    questionText: question === undefined ? undefined : plainText(question),
    ...(theme === undefined ? {} : { theme }),
    ...(role === undefined ? {} : { role }),
    options,
    next,
  };
}

/**
 * A decision scene's `role:` (who the learner is at this decision), shown as a badge in plain
 * text: one line, no Markdown (its marks would show as typed), within its length limit (the
 * FieldReader checks that, and that it is text at all).
 */
function readRole(s: FieldReader): string | undefined {
  const role = s.text("role", false);
  if (role === undefined) return undefined;
  const line = s.lineOfKey("role");
  if (/[\r\n]/.test(role)) {
    s.problem(line, `"role" should be one line, such as "Social worker"`);
    return undefined;
  }
  const mark = /[*_`[\]<>#]/.exec(role);
  if (mark) {
    s.problem(
      line,
      `"role" is shown as plain text, so "${mark[0]}" would show as typed: write the role in plain words, such as "Social worker"`,
    );
    return undefined;
  }
  return role;
}

/** Names the scene id an author probably meant, and lists the ones there are. */
function sceneHint(missing: string, ids: string[]): string {
  const guess = closest(missing, ids);
  const list = `the scenes in this case are ${ids.join(", ")}`;
  return guess ? `: did you mean "${guess}"? (${list})` : `: ${list}`;
}

/** Every link leads to a scene, every scene is reached from the start, and no path loops. */
function checkStory(scenes: Scene[], start: string, lines: Lines, ctx: BlockContext): void {
  const problem = (line: number, message: string) =>
    ctx.problems.push({ file: ctx.file, line, message });
  let broken = false;
  for (const link of lines.links) {
    if (lines.scene.has(link.to)) continue;
    broken = true;
    problem(
      link.line,
      `scene "${link.from}" leads to "${link.to}", but there is no scene with that id${sceneHint(link.to, [...lines.scene.keys()])}`,
    );
  }
  if (broken) return;
  const nextOf = new Map<string, string[]>(scenes.map((s) => [s.id, []]));
  for (const link of lines.links) nextOf.get(link.from)?.push(link.to);
  // Depth-first from the start: a scene met again while still on the current path is a cycle.
  const state = new Map<string, "on-path" | "done">();
  const visit = (id: string, path: string[]): boolean => {
    if (state.get(id) === "done") return true;
    if (state.get(id) === "on-path") {
      const loop = [...path.slice(path.indexOf(id)), id].join(" → ");
      problem(
        lines.scene.get(id) ?? 1,
        `these scenes go round in a circle, so the case never ends: ${loop}`,
      );
      return false;
    }
    state.set(id, "on-path");
    for (const to of nextOf.get(id) ?? []) if (!visit(to, [...path, id])) return false;
    state.set(id, "done");
    return true;
  };
  if (!visit(start, [])) return;
  for (const s of scenes) {
    if (state.has(s.id)) continue;
    problem(
      lines.scene.get(s.id) ?? 1,
      `no choice leads to scene "${s.id}": link it from another scene's options or "next", or remove it`,
    );
  }
}
