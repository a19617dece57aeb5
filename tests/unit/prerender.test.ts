/**
 * Build-time rendering's page edits: the first view goes into the body, the stylesheet is
 * inlined, the player's scripts are preloaded at the end, every inline style is allowed by its
 * hash, and each package lists its own LMS connection.
 */
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { playerScriptsOf, renderBlockingOf } from "../../scripts/launch-page.js";
import {
  type BuildManifest,
  type FirstView,
  playerPreloads,
  styleHashes,
  withFirstView,
} from "../../scripts/prerender.js";

const page = `<!doctype html><html><head>
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'self'; script-src 'self'" />
<script type="module" crossorigin src="./assets/boot-1.js"></script>
<link rel="stylesheet" crossorigin href="./assets/index-1.css">
</head>
<body>
<noscript>needs JavaScript</noscript>
</body></html>`;
const sha = (s: string) => `'sha256-${createHash("sha256").update(s).digest("base64")}'`;
const view: FirstView = {
  markup: "<course-player><style>p{}</style></course-player>",
  css: "body{margin:0}\n",
  preloads: ["assets/hydrate-1.js", "assets/player-1.js", "assets/local-1.js"],
  started: { hydrate: "assets/hydrate-1.js", player: "assets/player-1.js" },
};

describe("styleHashes", () => {
  it("hashes each distinct <style> body once, exactly as written", () => {
    const markup =
      "<style>a{color:red}</style><x></x><style>a{color:red}</style><style>\n b {}\n</style>";
    expect(styleHashes(markup)).toEqual([sha("a{color:red}"), sha("\n b {}\n")]);
  });

  it("finds nothing in markup without styles", () => {
    expect(styleHashes("<p>text</p>")).toEqual([]);
  });
});

describe("withFirstView", () => {
  it("puts the first view at the start of the body and allows exactly its styles", () => {
    const out = withFirstView(page, view);
    expect(out).toContain(`style-src 'self' ${sha("body{margin:0}")} ${sha("p{}")};`);
    expect(out).not.toContain("unsafe-inline");
    expect(out.indexOf("<course-player>")).toBeGreaterThan(out.indexOf("<body>"));
    expect(out.indexOf("<course-player>")).toBeLessThan(out.indexOf("<noscript>"));
  });

  it("inlines the stylesheet, so the first paint waits for no other file", () => {
    expect(renderBlockingOf(page)).toEqual(["assets/index-1.css"]);
    const out = withFirstView(page, view);
    expect(renderBlockingOf(out)).toEqual([]);
    expect(out).toContain("<style>body{margin:0}</style>");
  });

  it("sets a board's brand colour in the inlined styles", () => {
    const out = withFirstView(page, { ...view, brandColour: "#7a1f5c" });
    expect(out).toContain(":root{--brand:#7a1f5c;--brand-fg:#fff}</style>");
    expect(out).toContain(sha("body{margin:0}:root{--brand:#7a1f5c;--brand-fg:#fff}"));
  });

  it("preloads the player's scripts after the content, marking the two boot.ts starts", () => {
    const out = withFirstView(page, view);
    expect(out.indexOf('rel="modulepreload"')).toBeGreaterThan(out.indexOf("<noscript>"));
    expect(playerScriptsOf(out)).toEqual({
      boot: "assets/boot-1.js",
      hydration: "assets/hydrate-1.js",
      player: ["assets/player-1.js", "assets/local-1.js"],
    });
    expect(out).toContain('href="./assets/player-1.js" data-start="player"');
  });

  it("refuses a page it cannot fill, rather than losing the prerender silently", () => {
    expect(() => withFirstView(page.replace("<body>", "<body class=x>"), view)).toThrow(
      /cannot prerender/,
    );
    expect(() => withFirstView(page.replace("style-src 'self'", "style-src 'none'"), view)).toThrow(
      /style-src/,
    );
    expect(() => withFirstView(page.replace(/<link rel="stylesheet"[^>]*>/, ""), view)).toThrow(
      /stylesheet/,
    );
  });
});

describe("playerPreloads", () => {
  const manifest: BuildManifest = {
    "index.html": { file: "assets/boot-1.js" },
    "hydrate.ts": { file: "assets/hydrate-1.js", imports: ["_lit-html.js"] },
    "_lit-html.js": { file: "assets/lit-html-1.js" },
    "main.ts": { file: "assets/player-1.js", imports: ["_lit-html.js", "_course.js"] },
    "_course.js": { file: "assets/course-1.js" },
    "../lms/local.ts": { file: "assets/local-1.js" },
    "../lms/scorm12.ts": { file: "assets/scorm12-1.js", imports: ["_session.js"] },
    "../lms/scorm2004.ts": { file: "assets/scorm2004-1.js", imports: ["_session.js"] },
    "_session.js": { file: "assets/session-1.js" },
    "../../virtual:course/module/welcome": { file: "assets/module-welcome-1.js" },
    "../../virtual:course/module/lesson-1": { file: "assets/module-lesson-1-1.js" },
  };

  it("lists each file once, what it imports before it, and only the package's own connection", () => {
    expect(playerPreloads(manifest, "web", "welcome")).toEqual([
      "assets/lit-html-1.js",
      "assets/hydrate-1.js",
      "assets/course-1.js",
      "assets/player-1.js",
      "assets/local-1.js",
      "assets/module-welcome-1.js",
    ]);
    expect(playerPreloads(manifest, "scorm2004", "welcome").slice(-3)).toEqual([
      "assets/session-1.js",
      "assets/scorm2004-1.js",
      "assets/module-welcome-1.js",
    ]);
    expect(playerPreloads(manifest, "scorm12", "welcome")).not.toContain("assets/scorm2004-1.js");
    expect(playerPreloads(manifest, "scorm12", "welcome")).not.toContain(
      "assets/module-lesson-1-1.js",
    );
  });

  it("refuses a build whose manifest lacks a file it needs", () => {
    const { "../lms/local.ts": _, ...without } = manifest;
    expect(() => playerPreloads(without, "web", "welcome")).toThrow(/local\.ts/);
    expect(() => playerPreloads(manifest, "web", "no-such-module")).toThrow(/no-such-module/);
  });
});
