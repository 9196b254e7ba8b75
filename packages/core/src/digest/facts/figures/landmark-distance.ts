/**
 * How far something was from a landmark, named by the landmark's head noun: "about three metres from
 * the edge of the track" and "25ft from the track's edge" are both "from edge"; "about 40 yards from the
 * 14th green" and "100 metres from the green" are "from green"; "2 meters from the shoulder of U.S. 285"
 * and "15 feet off the highway's shoulder" are "from shoulder". Outlets name the landmark with other
 * modifiers and possessives, but its head noun stays, and a distance from one landmark at one moment is
 * one measure. A landmark told with no article ("20 metres from spectators") is left unread.
 */
const FROM_THE_AFTER = /^\s+(?:away\s+)?(?:from|off)\s+(?:the|its|their)\s+([^,;:.()]+)/i;
/** Words that end the landmark's phrase: what comes after it is another part of the clause. */
const PHRASE_END =
  /^(?:of|when|where|while|as|and|or|but|by|in|on|at|to|for|with|after|before|during|near|north|south|east|west|which|that|who|was|were|is|are|had|has|said|says)$/i;
/** Modifiers a landmark may carry that name no landmark: an ordinal ("14th"), a number, a possessive. */
const MODIFIER = /^(?:\d+(?:st|nd|rd|th)?|[\p{L}-]+['’]s)$/u;

/**
 * A reach or a bound, not where one thing was: a zone or a cordon set some distance from a landmark, how
 * far a blast was felt or windows shattered, "within" or "up to" a distance. Several such reaches from
 * one landmark are other quantities, never rival figures.
 */
const REACH_BEFORE =
  /\b(?:within|up\s+to|as\s+far\s+as|beyond|radius|zone|cordon|perimeter|exclusion|felt|heard|seen|visible|shattered|smashed|damaged|evacuated)\b[^;:.]*$/i;

/**
 * "from <head noun>" for a distance from a landmark (`before`: the clause up to the figure; `afterUnit`:
 * the text after the length's unit), else null.
 */
export function landmarkDistance(before: string, afterUnit: string): string | null {
  if (REACH_BEFORE.test(before)) return null;
  const phrase = FROM_THE_AFTER.exec(afterUnit)?.[1];
  if (!phrase) return null;
  const words: string[] = [];
  for (const word of phrase.trim().split(/\s+/).slice(0, 4)) {
    if (PHRASE_END.test(word)) break;
    words.push(word);
  }
  const head = words.filter((word) => !MODIFIER.test(word)).pop();
  return head && /^[a-z-]{3,}$/.test(head) ? `from ${head}` : null;
}
