/**
 * The one event player elements send up to the course shell: "take the learner to this module"
 * (a page of it, or the page holding a question). Elements deep in a page (results, the menu)
 * ask; only the shell moves, so focus and the bookmark are handled in one place.
 */
export const NAVIGATE_EVENT = "player-navigate";

export interface NavigateDetail {
  moduleId: string;
  /** 1-based; the first page when absent. */
  page?: number;
  /**
   * A question or decision to bring into view and focus, on whichever page holds it, or a
   * heading a link in the text leads to.
   */
  target?: string;
  /** Ask first when questions on the page are still open, as Next does (a link in the text). */
  ask?: boolean;
}

export type NavigateEvent = CustomEvent<NavigateDetail>;

/** Asks the shell to open a module. Crosses shadow roots so any element can ask. */
export function requestNavigation(
  from: EventTarget,
  moduleId: string,
  where: Omit<NavigateDetail, "moduleId"> = {},
): void {
  from.dispatchEvent(
    new CustomEvent<NavigateDetail>(NAVIGATE_EVENT, {
      detail: { moduleId, ...where },
      bubbles: true,
      composed: true,
    }),
  );
}

/** Asks the shell to leave the break screen ("Return to the course"); crosses shadow roots. */
export const RETURN_EVENT = "player-return";

declare global {
  interface HTMLElementEventMap {
    [NAVIGATE_EVENT]: NavigateEvent;
  }
}
