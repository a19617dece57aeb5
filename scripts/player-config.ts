/** The Vite configuration of the player, shared by vite.config.ts, the build and the preview. */
import { resolve } from "node:path";
import type { UserConfig } from "vite";
import { coursePlugin } from "./course-plugin.js";

const ROOT = resolve(import.meta.dirname, "..");

/** `outDir` may be absolute, or relative to the project folder. */
export function playerConfig(courseDir: string, outDir: string): UserConfig {
  return {
    root: resolve(ROOT, "src/player"),
    base: "./",
    publicDir: false,
    logLevel: "warn",
    plugins: [coursePlugin(courseDir)],
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
