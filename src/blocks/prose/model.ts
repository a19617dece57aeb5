/** The prose block: the author's Markdown between special blocks, rendered and sanitized. */
export interface ProseBlock {
  kind: "html";
  html: string;
}
