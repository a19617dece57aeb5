/**
 * The step timer's words, from seconds: a count down when the plan gives the step its minutes,
 * then the time over (the session never stops); a count up when it gives none. Pure.
 */
import { strings } from "./strings.js";

export function clock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

export function timerText(elapsed: number, planned: number | undefined): string {
  if (planned === undefined) return strings.elapsed(clock(elapsed));
  return elapsed <= planned
    ? strings.left(clock(planned - elapsed))
    : strings.over(clock(elapsed - planned));
}
