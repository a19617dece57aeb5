/**
 * The page's one script tag: lets the browser paint the build's prerendered first screen before
 * any of the player runs, then starts the player (with Lit's hydration support first, when there
 * is a prerendered screen to take over). Kept tiny: it is the only script the page names.
 *
 * The player's files are found from the page's modulepreload links, which the build writes with
 * their hashed names (scripts/prerender.ts); the live preview has none and loads the sources.
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

/**
 * Resolves after the browser has had a frame to paint: a task after the next animation frame.
 * A hidden page (a background tab, an LMS frame not yet shown) gets no frames, so it starts at once.
 */
function afterFirstPaint(): Promise<void> {
  return new Promise((ok) => {
    if (document.visibilityState !== "visible") return ok();
    requestAnimationFrame(() => setTimeout(ok));
  });
}

const prerendered = document.querySelector("course-player[defer-hydration]") !== null;
// Hydration support must be in place before LitElement's module runs, so it is loaded first.
(prerendered
  ? afterFirstPaint().then(() => import(/* @vite-ignore */ scriptOf("hydrate", "./hydrate.ts")))
  : Promise.resolve()
)
  .then(() => import(/* @vite-ignore */ scriptOf("player", "./main.ts")))
  .catch((e: unknown) => {
    console.error(e);
    const status = document.getElementById("loading");
    if (status) status.textContent = status.dataset.failed ?? "";
  });
