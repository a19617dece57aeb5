/** The figure block: an image from the course folder with its text alternative, caption and long description. */
export interface FigureBlock {
  kind: "figure";
  /** Course-relative path of the image (copied into the package as is). */
  src: string;
  /** The text alternative; "" for a decorative image (which the author must say it is). */
  alt: string;
  /** Sanitized inline HTML. */
  captionHtml?: string;
  /** For a chart or diagram whose detail the alt text cannot carry (sanitized HTML). */
  longDescriptionHtml?: string;
}

declare module "../../course/model.js" {
  interface BlockKinds {
    figure: FigureBlock;
  }
}
