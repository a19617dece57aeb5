/** The team session's data, provided at build time by src/compiler/team-pack/team-session-plugin.ts. */
declare module "virtual:team-session" {
  import type { TeamSessionData } from "./data.js";

  const data: TeamSessionData;
  export default data;
}
