/**
 * `npm run shots [-- family-m|branching|web|team]`: builds the course, then photographs every state a
 * learner meets at 1280 px and 375 px wide into build/shots/, so a reviewer can look at a change
 * instead of reading it (src/tools/shots/).
 */
import { takeShots } from "../src/tools/shots/shots.js";

takeShots(process.argv[2]).catch((e) => {
  console.error(e);
  process.exit(1);
});
