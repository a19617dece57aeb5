/**
 * `npm run shots`: builds the course, then photographs every state a learner meets (welcome, a
 * lesson and its second page, answered right and wrong, the walked case at its start, mid-way and
 * at its end, results passed and failed, the record, the break screen, review mode, no LMS) at 1280 px and 375 px wide into
 * build/shots/, so a reviewer can look at a change instead of reading it.
 */
import { takeShots } from "../src/tools/shots/shots.js";

takeShots(process.argv[2]).catch((e) => {
  console.error(e);
  process.exit(1);
});
