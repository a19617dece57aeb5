/**
 * The author's live preview: the course reloads on every save in the course folder, content
 * problems show in the page as file:line: message, and the preview recovers once they are fixed.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import type { ViteDevServer } from "vite";
import { startPreview } from "../../src/compiler/player-build/dev-server.js";

let server: ViteDevServer;
let dir: string;

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "live-preview-"));
  cpSync("tests/fixtures/tiny-course", dir, { recursive: true });
  server = await startPreview(dir, 0);
});

test.afterAll(async () => {
  await server?.close();
});

function url(): string {
  const u = server.resolvedUrls?.local[0];
  if (!u) throw new Error("the preview server has no address");
  return u;
}

test("an author sees each saved change, a located problem while it is broken, and the course again once fixed", async ({
  page,
}) => {
  await page.goto(url());
  await expect(page.locator("module-page h1")).toHaveText("Start here");

  const start = join(dir, "modules/01-start.md");
  const original = readFileSync(start, "utf8");
  writeFileSync(start, original.replace("title: Start here", "title: Start here, edited"));
  await expect(page.locator("module-page h1")).toHaveText("Start here, edited", {
    timeout: 15_000,
  });

  const yaml = join(dir, "course.yaml");
  const good = readFileSync(yaml, "utf8");
  writeFileSync(yaml, good.replace("pass_mark: 50", "pass_mark: 150"));
  await expect(page.locator("h1")).toHaveText("The course folder has problems", {
    timeout: 15_000,
  });
  const problem = page.locator("main.problems li").first();
  await expect(problem).toContainText(
    'course.yaml:8: "pass_mark" is 150, but it must be between 0 and 100',
  );
  // Each problem links to the guide's section about it, which the preview serves.
  const help = problem.getByRole("link", { name: "What this means (guide)" });
  await expect(help).toHaveAttribute("href", "/guide#course-settings-courseyaml");
  const guide = await page.request.get(new URL("/guide", url()).toString());
  expect(await guide.text()).toContain('id="course-settings-courseyaml"');
  // Files are named inside the course folder, never by their place on the author's disk.
  await expect(page.locator("main.problems")).not.toContainText(tmpdir());

  writeFileSync(yaml, good);
  await expect(page.locator("module-page h1")).toHaveText("Start here, edited", {
    timeout: 15_000,
  });
});
