/** The build-time definition of the glossary block (the page listing every term of glossary.yaml). */
import type { FencedBuildKind } from "../build-kind.js";
import { loadGlossaryBlock } from "./load.js";
import type { GlossaryBlock } from "./model.js";

export const glossary: FencedBuildKind<GlossaryBlock> = {
  load: loadGlossaryBlock,
  outline: (b) => b,
  // The glossary list is looked things up in, not read through.
  reading: () => ({ words: 0 }),
  baselineHtml: () => "",
};
