/** The build-time definition of the branching scenario (a walked case). */
import { escapeUTF8 } from "entities";
import { type FencedBuildKind, wordsIn } from "../build-kind.js";
import { questionText } from "../question/build.js";
import { loadBranching } from "./load.js";
import type { BranchingBlock } from "./model.js";
import { decisionId, decisionsOf } from "./rules.js";
import { branchingStrings } from "./strings.js";

/**
 * The scenes a learner who takes the best choice at every decision reads, in order: a learner on
 * another path reads about as much, since each wrong choice swaps a scene for its consequence.
 */
export function bestPath(block: BranchingBlock): BranchingBlock["scenes"] {
  const scenes = new Map(block.scenes.map((s) => [s.id, s]));
  const path: BranchingBlock["scenes"] = [];
  let scene = scenes.get(block.start);
  while (scene && !path.includes(scene)) {
    path.push(scene);
    const next = scene.options.length > 0 ? scene.options.find((o) => o.best)?.next : scene.next;
    scene = next ? scenes.get(next) : undefined;
  }
  return path;
}

export const branching: FencedBuildKind<BranchingBlock> = {
  load: loadBranching,
  outline: (b) => ({
    ...b,
    // The role badge is words on the page, like the scene's text: no rule reads it.
    scenes: b.scenes.map(({ role: _role, ...s }) => ({
      ...s,
      html: "",
      questionHtml: s.questionHtml === undefined ? undefined : "",
      options: s.options.map((o) => ({ ...o, html: "", feedbackHtml: "" })),
    })),
    // Ids, titles and `minBest` stay: which ending a path reaches is a rule of the outline too.
    endings: b.endings?.map((e) => ({ ...e, html: "" })),
  }),
  reading: (b) => {
    let words = wordsIn(b.title);
    let decisions = 0;
    for (const scene of bestPath(b)) {
      words += wordsIn(scene.role) + wordsIn(scene.html) + wordsIn(scene.questionHtml);
      if (scene.options.length === 0) continue;
      decisions++;
      words += scene.options.reduce((n, o) => n + wordsIn(o.html), 0);
      words += wordsIn(scene.options.find((o) => o.best)?.feedbackHtml);
    }
    // The best path ends on the ending for the most best choices.
    const last = [...(b.endings ?? [])].sort((x, y) => y.minBest - x.minBest)[0];
    if (last) words += wordsIn(last.title) + wordsIn(last.html);
    return { words, decisions };
  },
  baselineHtml: (b) => `<h2>${escapeUTF8(b.title)}</h2>${b.scenes[0]?.html ?? ""}`,
  // Each decision is its own interaction, shown with the scene that leads to it, and the role
  // the learner is in there (the scene's text may leave it to the badge).
  itemTexts: (b) =>
    decisionsOf(b).map((q) => {
      const scene = b.scenes.find((s) => decisionId(b, s) === q.id);
      const role = scene?.role
        ? `<p>${escapeUTF8(branchingStrings.youAre)} ${escapeUTF8(scene.role)}</p>`
        : "";
      return {
        ...questionText(q),
        kind: "decision",
        scenarioHtml: scene ? role + scene.html : undefined,
      };
    }),
};
