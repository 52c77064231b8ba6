/** What the rules of a ballot need to know of its vote round: whether it is over, and whether it hides votes. */
export type RoundState = { closed: boolean; hidden: boolean };
