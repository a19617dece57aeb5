/** The Vite configuration of the player, shared by vite.config.ts, the build and the preview. */
import { resolve } from "node:path";
import type { UserConfig } from "vite";
import { teamSessionPlugin } from "../team-pack/team-session-data.js";
import { coursePlugin } from "./course-plugin.js";
import { templateMinifyPlugin } from "./template-minify.js";

const ROOT = resolve(import.meta.dirname, "../../..");

/** `outDir` may be absolute, or relative to the project folder. */
export function playerConfig(courseDir: string, outDir: string): UserConfig {
  return {
    root: resolve(ROOT, "src/player"),
    base: "./",
    publicDir: false,
    logLevel: "warn",
    plugins: [coursePlugin(courseDir), teamSessionPlugin(courseDir), templateMinifyPlugin()],
    // Always Lit's production build: Vite picks the development build whenever NODE_ENV is not
    // "production" (as under Vitest), which would ship debug code and skew every size figure.
    resolve: { conditions: ["module", "browser", "production"] },
    // Pre-bundle the player's dependencies when the live preview starts, so the first page load
    // is not interrupted by Vite discovering them and reloading.
    optimizeDeps: { include: ["lit", "lit/directives/unsafe-html.js", "lit/directives/live.js"] },
    build: {
      outDir: resolve(ROOT, outDir),
      emptyOutDir: true,
      target: "es2021",
      // No preload helper in the player: the build lists the files the player needs as
      // modulepreload links in the page's template, put in place once the page has painted
      // (src/compiler/player-build/prerender.ts), so they never compete with the page itself.
      modulePreload: false,
      reportCompressedSize: false,
      // Which file holds which source, read by the prerender to list each package's scripts
      // (then removed: it does not ship).
      manifest: true,
      assetsInlineLimit: 0,
      rolldownOptions: {
        // The bundler's report of how long plugins took is for bundler developers: on a busy
        // computer it fills a board's build output with timings that need no action.
        checks: { bundlerTimings: false },
        input: {
          index: resolve(ROOT, "src/player/index.html"),
          player: resolve(ROOT, "src/player/main.ts"),
          hydrate: resolve(ROOT, "src/player/hydrate.ts"),
        },
        output: {
          // The compiled course is its own file, loaded in parallel with the player: a content
          // change leaves the player file untouched, and each is measured on its own.
          // lit-html is its own file: boot.ts loads Lit's hydration support (which needs
          // lit-html) before the player (whose LitElement must find that support when it runs).
          codeSplitting: {
            groups: [
              // The course's outline (the first module whole); each other module's content is a
              // file of its own.
              { name: "course", test: /^\0virtual:course$/ },
              // The team session's data (web package, \`index.html#team\`): loaded only there.
              { name: "team-data", test: /^\0virtual:team-session$/ },
              // Lit's hydration support in one file with its entry (hydrate.ts).
              {
                name: "hydrate",
                priority: 1,
                test: /@lit-labs[\\/]ssr-client|lit-html[\\/]private-ssr-support|player[\\/]hydrate\.ts/,
              },
              {
                name: "lit-html",
                // Before the hydration group, which would otherwise take lit-html with it.
                priority: 2,
                // Not its private-ssr-support.js: only hydration uses it, so it stays there.
                test: /node_modules[\\/]lit-html[\\/](lit-html|directive|directive-helpers)\.js$/,
              },
            ],
          },
          // The page's script is boot.ts; the player (main.ts) and Lit's hydration support,
          // which boot.ts starts once the page has painted, are entries of their own.
          entryFileNames: (chunk: { name: string }) =>
            `assets/${chunk.name === "index" ? "boot" : chunk.name}-[hash].js`,
          chunkFileNames: (chunk: { name: string; facadeModuleId?: string | null }) => {
            const module = /^\0virtual:course\/module\/(.+)$/.exec(chunk.facadeModuleId ?? "");
            return module ? `assets/module-${module[1]}-[hash].js` : "assets/[name]-[hash].js";
          },
          assetFileNames: "assets/[name]-[hash][extname]",
        },
      },
    },
    oxc: {
      decorator: { legacy: true },
      assumptions: { setPublicClassFields: true },
      typescript: { removeClassFieldsWithoutInitializer: true },
    },
  } as UserConfig;
}
