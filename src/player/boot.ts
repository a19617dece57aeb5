/**
 * The page's script: starts the player, with Lit's hydration support first when there is a
 * prerendered screen to take over. On a built page it is put in place only once that screen has
 * painted (the starter in src/compiler/player-build/prerender.ts), so none of the player delays the first paint.
 * Kept tiny: it is the only script the page names.
 *
 * The player's files are found from the page's modulepreload links, which the build writes with
 * their hashed names (src/compiler/player-build/prerender.ts); the live preview has none and loads the sources.
 * Found at run time, so the bundler keeps the player an entry of its own rather than splitting
 * it around this import.
 */

/** A script the build listed for the player (`data-start="player"`), else its source file. */
function scriptOf(role: "player" | "hydrate", source: string): string {
  return (
    document.querySelector<HTMLLinkElement>(`link[data-start="${role}"]`)?.href ??
    new URL(source, import.meta.url).href
  );
}

const prerendered = document.querySelector("course-player[defer-hydration]") !== null;
// Hydration support must be in place before LitElement's module runs, so it is loaded first.
(prerendered ? import(/* @vite-ignore */ scriptOf("hydrate", "./hydrate.ts")) : Promise.resolve())
  .then(() => import(/* @vite-ignore */ scriptOf("player", "./main.ts")))
  .catch((e: unknown) => {
    console.error(e);
    const status = document.getElementById("loading");
    if (status) status.textContent = status.dataset.failed ?? "";
  });
