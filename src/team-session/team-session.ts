/**
 * The team session's start, loaded by the player only when the web package is opened at
 * `index.html#team` (src/player/main.ts): it replaces the course's first screen with the session
 * for a shared screen. No LMS is connected and nothing is stored.
 */
import data from "virtual:team-session";
import "./team-screen.js";
import type { TeamScreen } from "./team-screen.js";

export function startTeamSession(): void {
  document.documentElement.lang = data.course.language;
  document.title = `Team session: ${data.course.title}`;
  const screen = document.createElement("team-screen") as TeamScreen;
  screen.data = data;
  // The course's prerendered first screen (inert until a player takes it) and its status go.
  document.body.replaceChildren(screen);
}
