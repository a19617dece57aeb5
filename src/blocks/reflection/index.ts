/**
 * Renders reflection prompts; their element is fetched from the package the first time a page
 * shows them (only the closing page does), keeping the player file within its budget.
 */
import { html } from "lit";
import { type RunKind, showsOnly } from "../run-kind.js";
import type { ReflectionBlock } from "./model.js";

const renderReflection = (b: ReflectionBlock) => {
  // The module loader keeps it: only the first call fetches anything.
  void import("./reflection-sheet.js");
  return html`<reflection-sheet .prompts=${b.prompts}></reflection-sheet>`;
};

export const reflection: RunKind<ReflectionBlock> = {
  // Reflections are saved in their own field of the saved state, are never required and are not
  // reported as interactions.
  ...showsOnly,
  render: renderReflection,
};
