/** The build-time definition of the cover's module tiles. */
import { type FencedBuildKind, wordsIn } from "../build-kind.js";
import { loadModules } from "./load.js";
import type { ModulesBlock } from "./model.js";
import { modulesStrings } from "./strings.js";

/** The heading as text in HTML: the author's title is plain text. */
const plain = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export const modules: FencedBuildKind<ModulesBlock> = {
  load: loadModules,
  outline: (b) => b,
  // The tiles repeat the modules' titles, which the reading time counts where they are.
  reading: (b) => ({ words: wordsIn(b.title) }),
  baselineHtml: (b) => `<h2>${plain(b.title ?? modulesStrings.title)}</h2>`,
};
