/**
 * The tabs block: a few short, parallel pieces of content (Finkelhor's four preconditions), one
 * shown at a time under a row of tabs that names them all. It only shows: nothing is asked,
 * scored or saved.
 */
export interface TabsTab {
  /** What the tab says (plain text, at most 40 characters). */
  label: string;
  /** Its panel's content: sanitized HTML. */
  html: string;
}

export interface TabsBlock {
  kind: "tabs";
  /** Unique in the course; never reported to an LMS. */
  id: string;
  /** Plain text, shown above the tabs and naming them for a screen reader. */
  title?: string;
  tabs: TabsTab[];
}

declare module "../../course/model.js" {
  interface BlockKinds {
    tabs: TabsBlock;
  }
}
