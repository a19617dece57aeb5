/** The prose block: the author's Markdown between special blocks, rendered and sanitized. */
export interface ProseBlock {
  kind: "html";
  html: string;
}

declare module "../../course/model.js" {
  interface BlockKinds {
    html: ProseBlock;
  }
}
