/** The Vite configuration of the player, shared by vite.config.ts, the build and the preview. */
import { resolve } from "node:path";
import type { UserConfig } from "vite";
import { coursePlugin } from "./course-plugin.js";
import { templateMinifyPlugin } from "./template-minify.js";

const ROOT = resolve(import.meta.dirname, "..");

/** `outDir` may be absolute, or relative to the project folder. */
export function playerConfig(courseDir: string, outDir: string): UserConfig {
  return {
    root: resolve(ROOT, "src/player"),
    base: "./",
    publicDir: false,
    logLevel: "warn",
    plugins: [coursePlugin(courseDir), templateMinifyPlugin()],
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
      modulePreload: { polyfill: false },
      reportCompressedSize: false,
      assetsInlineLimit: 0,
      rolldownOptions: {
        output: {
          // The compiled course is its own file, loaded in parallel with the player: a content
          // change leaves the player file untouched, and each is measured on its own.
          codeSplitting: { groups: [{ name: "course", test: /virtual:course/ }] },
          entryFileNames: "assets/player-[hash].js",
          chunkFileNames: "assets/[name]-[hash].js",
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
