/**
 * The particles a verb takes to make another act, written as one noun in other reports ("broke through" /
 * "the breakthrough", "shut down" / "shutdown", "walked out" / "walkout", "took over" / "takeover",
 * "broke in" / "break-in"): corroboration and the timeline both read a verb and its particle as that noun.
 */
export const ACT_PARTICLE = /^(?:through|out|down|up|over|off|in|back|away)$/i;
