/**
 * The tabs' keyboard, as the ARIA tabs pattern has it: arrows move to the next or previous tab and
 * wrap round, Home and End go to the first and last. Activation is automatic: the tab moved to
 * is the one shown. Down and Up do the same as Right and Left, for the stacked tabs of a narrow
 * screen. Pure, for the element and its tests.
 */
export function tabAfterKey(key: string, current: number, count: number): number | undefined {
  switch (key) {
    case "ArrowRight":
    case "ArrowDown":
      return (current + 1) % count;
    case "ArrowLeft":
    case "ArrowUp":
      return (current - 1 + count) % count;
    case "Home":
      return 0;
    case "End":
      return count - 1;
    default:
      return undefined;
  }
}
