/**
 * Lit's hydration support, in a file of its own: boot.ts loads it only when the build prerendered
 * a first screen, and before the player, since LitElement picks it up when its module runs.
 */
import "@lit-labs/ssr-client/lit-element-hydrate-support.js";
