/**
 * What a demo decision or action is about, so that the demo feedback is answered by the records that acted on
 * it in every language (matching words would work only in the languages the pattern was written for).
 */
export type DemoTheme = 'benefits' | 'specialist' | 'employers' | 'transport';
