/**
 * The build-time checks on a walked case as a whole: its endings (read, and checked against the
 * paths the story allows) and a scored case's rule that every path meets every decision. Part of
 * the branching loader (load.ts), kept apart so each file reads one thing.
 */
import type { Node } from "yaml";
import { ID_PATTERN } from "../../course/model.js";
import type { BlockContext } from "../../loading/load-context.js";
import { renderBlock } from "../../loading/markdown.js";
import { FieldReader, type YamlSource } from "../../loading/yaml-fields.js";
import type { Ending, Scene } from "./model.js";

const ENDING_KEYS = ["id", "title", "text", "min_best"] as const;

/** Where each scene and each link was written, for problems about the story's shape. */
export interface Lines {
  scene: Map<string, number>;
  links: Array<{ from: string; to: string; line: number }>;
}

/** An ending as read, with where its `min_best` was written, for the checks on the whole case. */
export type ReadEnding = Ending & { line: number; minBestLine: number };

/** The endings' list: each one's fields, and ids and `min_best` values that are not repeated. */
export function readEndings(
  list: { items: Node[]; line: number },
  source: YamlSource,
  ctx: BlockContext,
  lines: Lines,
): ReadEnding[] {
  const endings: ReadEnding[] = [];
  const ids = new Set<string>();
  const minBests = new Map<number, string>();
  for (const node of list.items) {
    const e = new FieldReader(node, source, "this ending", ctx.problems, ENDING_KEYS);
    if (!e.ok) continue;
    const id = e.text("id");
    const idLine = e.lineOfKey("id");
    let valid = id !== undefined;
    if (id !== undefined) {
      if (!ID_PATTERN.test(id)) {
        e.problem(
          idLine,
          `the ending id "${id}" should start with a lowercase letter and use only lowercase letters, digits and hyphens`,
        );
        valid = false;
      } else if (ids.has(id)) {
        e.problem(idLine, `the ending id "${id}" is used twice in this scenario`);
        valid = false;
      } else if (lines.scene.has(id)) {
        e.problem(
          idLine,
          `the ending id "${id}" is also a scene's id (line ${lines.scene.get(id)}): give the ending an id of its own`,
        );
        valid = false;
      }
      ids.add(id);
    }
    const title = e.text("title");
    const text = e.text("text");
    const minBest = e.number("min_best", { min: 0, max: 1000, integer: true });
    const minBestLine = e.lineOfKey("min_best");
    if (minBest !== undefined) {
      const other = minBests.get(minBest);
      if (other !== undefined) {
        e.problem(
          minBestLine,
          `the endings "${other}" and "${id ?? "?"}" both have "min_best: ${minBest}": each ending needs a different number of best choices`,
        );
        valid = false;
      } else minBests.set(minBest, id ?? "?");
    }
    e.finish();
    if (!valid || id === undefined || title === undefined || text === undefined) continue;
    if (minBest === undefined) continue;
    endings.push({ id, title, html: renderBlock(text), minBest, line: idLine, minBestLine });
  }
  if (list.items.length < 2) {
    ctx.problems.push({
      file: ctx.file,
      line: list.line,
      message:
        'a case with endings needs at least two (one with "min_best: 0" and one for more best choices): add another, or remove "endings" and let the case just end',
    });
  }
  return endings;
}

/** The story's shape once the checker has seen it has no missing scene and no cycle. */
export class Story {
  readonly byId: Map<string, Scene>;
  private readonly most = new Map<string, number>();

  constructor(
    readonly scenes: Scene[],
    readonly start: string,
  ) {
    this.byId = new Map(scenes.map((s) => [s.id, s]));
  }

  nextOf(scene: Scene): string[] {
    return scene.options.length > 0
      ? scene.options.map((o) => o.next)
      : scene.next === undefined
        ? []
        : [scene.next];
  }

  /** The most decisions a path from `id` to an end can meet (the story has no cycle). */
  mostDecisionsFrom(id = this.start): number {
    const known = this.most.get(id);
    if (known !== undefined) return known;
    const scene = this.byId.get(id);
    if (!scene) return 0;
    const after = Math.max(0, ...this.nextOf(scene).map((n) => this.mostDecisionsFrom(n)));
    const most = after + (scene.options.length > 0 ? 1 : 0);
    this.most.set(id, most);
    return most;
  }

  /** A path from the start to an end that does not pass `avoid`, as scene ids, if there is one. */
  pathAvoiding(avoid: string): string[] | undefined {
    const seen = new Set<string>();
    const walk = (id: string): string[] | undefined => {
      const scene = this.byId.get(id);
      if (id === avoid || seen.has(id) || !scene) return undefined;
      seen.add(id);
      const next = this.nextOf(scene);
      if (next.length === 0) return [id];
      for (const n of next) {
        const rest = walk(n);
        if (rest) return [id, ...rest];
      }
      return undefined;
    };
    return walk(this.start);
  }
}

/** Every path ends at one of the endings, and every ending can be reached by some path. */
export function checkEndings(
  endings: ReadEnding[],
  listLine: number,
  story: Story,
  ctx: BlockContext,
) {
  const problem = (line: number, message: string) =>
    ctx.problems.push({ file: ctx.file, line, message });
  if (endings.length > 0 && !endings.some((e) => e.minBest === 0)) {
    problem(
      listLine,
      'no ending has "min_best: 0", so a learner who never makes the best choice would reach none: give the ending for the fewest best choices "min_best: 0"',
    );
  }
  const most = story.mostDecisionsFrom();
  for (const e of endings) {
    if (e.minBest <= most) continue;
    problem(
      e.minBestLine,
      `the ending "${e.id}" needs ${e.minBest} best choices, but no path through this case meets more than ${most} decision${most === 1 ? "" : "s"}, so no learner can reach it`,
    );
  }
}

/**
 * A scored case: every path from the start meets every decision, so every learner who finishes
 * it is scored on the same items. Names each decision some path skips, and such a path.
 */
export function checkScored(story: Story, line: number, ctx: BlockContext) {
  for (const scene of story.scenes) {
    if (scene.options.length === 0) continue;
    const skipping = story.pathAvoiding(scene.id);
    if (!skipping) continue;
    ctx.problems.push({
      file: ctx.file,
      line,
      message: `"scored: true" needs every path through the case to meet every decision, but the path ${skipping.join(" → ")} skips the decision in scene "${scene.id}": make every path meet it, or leave the case unscored`,
    });
  }
}
