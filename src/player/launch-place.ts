/**
 * Where the course was launched: inside a page of the LMS (a frame, as most LMSs do) or in a
 * window of its own (an LMS's pop-up, or the web version). It decides how the learner is told
 * to leave: closing the window of a framed course would close the LMS too.
 */
export type LaunchPlace = "frame" | "window";

export function launchPlaceOf(win: Window): LaunchPlace {
  try {
    // Comparing window proxies is allowed across origins; reading from them is not.
    return win.self === win.top ? "window" : "frame";
  } catch {
    return "frame";
  }
}
