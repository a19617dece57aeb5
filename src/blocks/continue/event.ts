/**
 * What a section break's button asks of the page around it; it crosses shadow roots. A file of
 * its own, so the button's element imports nothing of the rules (and the player's bundle stays
 * in one piece).
 */
export const SECTION_CONTINUE_EVENT = "section-continue";
