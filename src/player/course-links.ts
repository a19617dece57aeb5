/**
 * Follows a link in the course text to another module, or a heading in it ("See Lesson 2"): the
 * build marked such links with `data-module` and `data-page` (and `data-heading` for a section),
 * and a click on one (Enter on a link is a click) asks the shell to move there, as Next does
 * (asking first when questions on the page are still open). The browser never follows the
 * address, which in an LMS frame would reload the course.
 */
import { requestNavigation } from "../kit/navigate-event.js";

/** Handles a click that reached `host` (from any depth of shadow roots below it). */
export function followCourseLink(event: Event, host: EventTarget): void {
  // The element clicked, maybe inside the link (bold text, a glossary term): same tree as the link.
  const link = (event.composedPath()[0] as Element).closest<HTMLElement>("a[data-module]");
  if (!link) return;
  // Even with Ctrl or Shift: a second window of the course would be a second LMS session.
  event.preventDefault();
  const { module, page, heading } = link.dataset;
  requestNavigation(host, module as string, {
    page: +(page as string),
    target: heading,
    ask: true,
  });
}
