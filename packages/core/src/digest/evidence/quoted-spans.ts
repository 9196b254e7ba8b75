/**
 * A quotation in a sentence, in curly or straight double quotes: the speaker's words, which steps
 * reading the writer's own words ("now", "has been settled", a negotiating position) leave out.
 */
export const QUOTED_SPANS = /“[^“”]*”|"[^"]*"/g;
