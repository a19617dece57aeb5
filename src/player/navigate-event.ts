/**
 * The one event player elements send up to the course shell: "take the learner to this module".
 * Elements deep in a page (results, the menu) ask; only the shell moves, so focus and the
 * bookmark are handled in one place.
 */
export const NAVIGATE_EVENT = "player-navigate";

export interface NavigateDetail {
  moduleId: string;
}

export type NavigateEvent = CustomEvent<NavigateDetail>;

/** Asks the shell to open a module. Crosses shadow roots so any element can ask. */
export function requestNavigation(from: EventTarget, moduleId: string): void {
  from.dispatchEvent(
    new CustomEvent<NavigateDetail>(NAVIGATE_EVENT, {
      detail: { moduleId },
      bubbles: true,
      composed: true,
    }),
  );
}

declare global {
  interface HTMLElementEventMap {
    [NAVIGATE_EVENT]: NavigateEvent;
  }
}
