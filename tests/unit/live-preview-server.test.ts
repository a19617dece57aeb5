/**
 * The live preview's server as a new author meets it: the course made by `npm run new-course`,
 * whose first figure is an SVG, and whose problems link to the authoring guide.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ViteDevServer } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCourse } from "../../src/compiler/authoring/course-template.js";
import { startPreview } from "../../src/compiler/player-build/dev-server.js";

let server: ViteDevServer;
let parent: string;
let base: string;

beforeAll(async () => {
  parent = mkdtempSync(join(tmpdir(), "preview-server-"));
  createCourse(join(parent, "course"));
  server = await startPreview(join(parent, "course"), 0);
  base = server.resolvedUrls?.local[0] ?? "";
}, 120_000);

afterAll(async () => {
  await server?.close();
  rmSync(parent, { recursive: true, force: true });
});

describe("the live preview's server", () => {
  it("serves an SVG figure as image/svg+xml, so the browser shows it", async () => {
    const res = await fetch(new URL("media/escalation-route.svg", base));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/svg+xml");
    expect(await res.text()).toMatch(/<svg[\s>]/);
  });

  it("opens the authoring guide from a problem's link, not the course folder's own README", async () => {
    const res = await fetch(new URL("guide", base));
    const page = await res.text();
    expect(page).toContain('id="what-the-checkers-messages-mean"');
    // The new course's README.md starts "# This course folder".
    expect(page).not.toContain("This course folder");
  });
});
