/** The sort's words: they load with its element, the first time a page shows one. */
export const sortStrings = {
  label: (scored: boolean) =>
    scored ? "Sort into groups" : "Sort into groups (practice, not scored)",
  hint: "For each card, choose the group it belongs in, then check your answer.",
  cardsLabel: "Cards",
  placeEveryCard: (n: number) =>
    n === 1 ? "Choose a group for 1 more card first." : `Choose a group for ${n} more cards first.`,
  rightlyPlaced: (n: number, total: number) =>
    n === 1
      ? `1 of ${total} cards is in its right group.`
      : `${n} of ${total} cards are in their right group.`,
  /** A card's verdict once final, said in words, not only by its colour. */
  right: (group: string) => `Right: ${group}`,
  notRight: (group: string) => `Not right: it belongs in ${group}`,
  whatItShows: "What the sort shows",
} as const;
