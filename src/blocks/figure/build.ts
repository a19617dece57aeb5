/** The build-time definition of the figure. */
import { escapeUTF8 } from "entities";
import { type FencedBuildKind, wordsIn } from "../build-kind.js";
import { loadFigure } from "./load.js";
import type { FigureBlock } from "./model.js";

export const figure: FencedBuildKind<FigureBlock> = {
  load: loadFigure,
  outline: (b) => ({ ...b, captionHtml: undefined, longDescriptionHtml: undefined }),
  reading: (b) => ({ words: wordsIn(b.captionHtml) + wordsIn(b.longDescriptionHtml) }),
  baselineHtml: (b) =>
    `<figure><img src="${escapeUTF8(b.src)}" alt="${escapeUTF8(b.alt)}"></figure>`,
};
