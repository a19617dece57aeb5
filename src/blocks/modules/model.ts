/**
 * The cover's module tiles (```modules): one tile per other module of the course, with its icon,
 * title, about how long it takes, and the learner's state in it, and above them, for a learner
 * with progress, "Continue where you left off". What each tile shows comes from the course's
 * modules (their `icon:`, title and minutes, set at build time), so the block holds only its title.
 */
export interface ModulesBlock {
  kind: "modules";
  /** The heading over the tiles (plain text); the kind's own words when the author gives none. */
  title?: string;
}

declare module "../../course/model.js" {
  interface BlockKinds {
    modules: ModulesBlock;
  }
}
