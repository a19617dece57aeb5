/**
 * Build-time rendering's page edits: the first view goes into the body, the stylesheet is
 * inlined, the page's and the player's scripts wait in a template at the end for the starter,
 * every inline style and the starter are allowed by their hashes, each package lists its own
 * LMS connection, and a first view that shows a question lists the question card's file with the
 * player's (a first view without one does not).
 */
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { playerScriptsOf, renderBlockingOf } from "../../src/compiler/player-build/launch-page.js";
import {
  type BuildManifest,
  type FirstView,
  firstViewElements,
  LOADED_WITH_FIRST_VIEW,
  PLAYER_SCRIPTS_ID,
  playerPreloads,
  STARTER,
  styleHashes,
  withFirstView,
} from "../../src/compiler/player-build/prerender.js";

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

  it("holds the page's script and the player's in a template after the content, for the starter", () => {
    const out = withFirstView(page, view);
    const template = out.indexOf(`<template id="${PLAYER_SCRIPTS_ID}">`);
    const templateEnd = out.indexOf("</template>", template);
    expect(template).toBeGreaterThan(out.indexOf("<noscript>"));
    // Nothing outside the template names a script: none is fetched before the first paint.
    const outside = out.slice(0, template) + out.slice(templateEnd);
    expect(outside).not.toMatch(/<script[^>]*\bsrc=|rel="modulepreload"/);
    expect(out.slice(template, templateEnd)).toContain(
      '<script type="module" crossorigin src="./assets/boot-1.js"></script>',
    );
    // The starter comes after the template it reads, and the policy allows exactly it.
    expect(out.indexOf(`<script>${STARTER}</script>`)).toBeGreaterThan(templateEnd);
    expect(out).toContain(`script-src 'self' ${sha(STARTER)}"`);
    expect(playerScriptsOf(out)).toEqual({
      boot: "assets/boot-1.js",
      hydration: "assets/hydrate-1.js",
      player: ["assets/player-1.js", "assets/local-1.js"],
    });
    expect(out).toContain('href="./assets/player-1.js" data-start="player"');
  });

  it("marks the elements the first view loads with the player, for main.ts, and counts them as the player's", () => {
    const out = withFirstView(page, {
      ...view,
      preloads: [...view.preloads, "assets/shared-1.js", "assets/question-card-1.js"],
      started: { ...view.started, firstView: ["assets/question-card-1.js"] },
    });
    expect(out).toContain('href="./assets/question-card-1.js" data-start="first-view"');
    expect(out).toMatch(/href="\.\/assets\/shared-1\.js">/);
    expect(playerScriptsOf(out).player).toEqual([
      "assets/player-1.js",
      "assets/local-1.js",
      "assets/shared-1.js",
      "assets/question-card-1.js",
    ]);
    // Without one, no link says first-view.
    expect(withFirstView(page, view)).not.toContain("first-view");
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
    expect(() =>
      withFirstView(page.replace("script-src 'self'", "script-src 'none'"), view),
    ).toThrow(/script-src/);
    expect(() => withFirstView(page.replace(/<script[^>]*><\/script>/, ""), view)).toThrow(
      /script type="module"/,
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
    "../../virtual:course/module/lesson-1": { file: "assets/module-lesson-1-1.js" },
    "../blocks/question/question-card.ts": {
      file: "assets/question-card-1.js",
      imports: ["main.ts", "_lit-html.js", "_block-styles.js"],
    },
    "_block-styles.js": { file: "assets/block-styles-1.js", imports: ["main.ts"] },
  };

  it("lists each file once, what it imports before it, and only the package's own connection", () => {
    expect(playerPreloads(manifest, "web")).toEqual([
      "assets/lit-html-1.js",
      "assets/hydrate-1.js",
      "assets/course-1.js",
      "assets/player-1.js",
      "assets/local-1.js",
    ]);
    expect(playerPreloads(manifest, "scorm2004").slice(-2)).toEqual([
      "assets/session-1.js",
      "assets/scorm2004-1.js",
    ]);
    expect(playerPreloads(manifest, "scorm12")).not.toContain("assets/scorm2004-1.js");
    // Other modules' content is fetched when shown or when idle, never before the player starts.
    expect(playerPreloads(manifest, "scorm12")).not.toContain("assets/module-lesson-1-1.js");
  });

  it("lists a first view's elements last, after what they import, and only when asked", () => {
    const card = "../blocks/question/question-card.ts";
    expect(playerPreloads(manifest, "web", [card])).toEqual([
      ...playerPreloads(manifest, "web"),
      "assets/block-styles-1.js",
      "assets/question-card-1.js",
    ]);
    expect(playerPreloads(manifest, "web")).not.toContain("assets/question-card-1.js");
  });

  it("refuses a build whose manifest lacks a file it needs", () => {
    const { "../lms/local.ts": _, ...without } = manifest;
    expect(() => playerPreloads(without, "web")).toThrow(/local\.ts/);
    expect(() => playerPreloads(manifest, "web", ["../blocks/x/x-card.ts"])).toThrow(/x-card\.ts/);
  });
});

describe("firstViewElements", () => {
  const sources = new Map([
    ["question-card", "../blocks/question/question-card.ts"],
    ["glossary-term", "../blocks/glossary/glossary-term.ts"],
  ]);

  it("loads the question card with the player when the first view shows one", () => {
    expect(LOADED_WITH_FIRST_VIEW).toEqual(["question-card"]);
    const asking = `<module-page><template shadowrootmode="open"><question-card defer-hydration><template shadowrootmode="open"></template></question-card><glossary-term></glossary-term></template></module-page>`;
    expect(firstViewElements(asking, sources)).toEqual(["../blocks/question/question-card.ts"]);
  });

  it("loads nothing more when the first view shows no question (a tag that only starts alike is not one)", () => {
    expect(
      firstViewElements("<module-page><glossary-term>x</glossary-term></module-page>", sources),
    ).toEqual([]);
    expect(
      firstViewElements("<question-cards></question-cards><p>question-card</p>", sources),
    ).toEqual([]);
  });

  it("refuses an element it loads with the player that no source defines", () => {
    expect(() => firstViewElements("<question-card></question-card>", new Map())).toThrow(
      /<question-card>/,
    );
  });
});
