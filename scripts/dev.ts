/**
 * `npm run dev [-- --course <dir>]`: the live preview for authors. Serves the course in this
 * browser (no LMS, progress kept in the browser) and reloads on every save in the course folder;
 * content problems show in the page as file:line: message until they are fixed.
 */
import { parseArgs } from "node:util";
import { startPreview } from "../src/compiler/player-build/dev-server.js";

const { values } = parseArgs({
  options: {
    course: { type: "string", default: "course" },
    port: { type: "string", default: "5173" },
  },
});
const server = await startPreview(values.course as string, Number(values.port));
const url = server.resolvedUrls?.local[0] ?? "http://127.0.0.1:5173/";
console.log(`Live preview of ${values.course}: ${url}  (edit and save; Ctrl+C to stop)`);
if (new URL(url).port !== String(values.port)) {
  console.log(
    `Port ${values.port} was in use, so the preview took the next free one. To choose: npm run dev -- --port <number>`,
  );
}
