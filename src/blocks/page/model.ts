/**
 * A page break: the module goes on on a new page, with an optional title. Modules are read page
 * by page (Previous/Next), so no screen holds more than a few screens' worth of text.
 */
export interface PageBlock {
  kind: "page";
  /** Shown as the page's heading and in "Next: …"; plain text. */
  title?: string;
}

/** One page of a module: the blocks between two page breaks. */
export interface Page {
  title?: string;
  blocks: import("../kinds.js").Block[];
}

declare module "../../course/model.js" {
  interface BlockKinds {
    page: PageBlock;
  }
}
