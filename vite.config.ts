/** Vite for the player (dev server and web build) and Vitest for the unit tests. */
import { defineConfig, mergeConfig } from "vitest/config";
import { playerConfig } from "./scripts/player-config.js";

const courseDir = process.env.COURSE_DIR ?? "course";

export default mergeConfig(
  playerConfig(courseDir, "build/web"),
  defineConfig({
    test: {
      root: import.meta.dirname,
      include: ["tests/unit/**/*.test.ts"],
      environment: "node",
    },
  }),
);
