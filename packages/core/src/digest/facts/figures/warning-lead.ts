/**
 * The lead a warning gave before what it warned of: "The siren sounded 12 minutes before the strike",
 * "Marshals shouted a warning about 10 seconds before the car left the road", "the warning came a full
 * 30 seconds before the wave hit". How long people had is one measure of one event, whichever verb,
 * noun or unit an outlet uses; a lead asked for or promised ("wants the siren sounded 30 minutes before
 * any storm") is no lead that was given.
 */

/** A warning told in the clause before the span: its noun or its verb. */
const WARNING_BEFORE =
  /\b(?:warnings?|warned|sirens?|alarms?|alerts?|alerted|horns?|klaxons?|whistles?|evacuation\s+orders?)\b[^;:.]*$/i;
/** The span counted back from what was warned of: "… before the wave hit", "… ahead of the strike". */
const BEFORE_WHAT_CAME = /^\s+(?:before|ahead\s+of)\s+\S/i;
/** A lead wanted, promised or due, not one given: "wants the siren sounded", "will sound", "should". */
const NOT_GIVEN_BEFORE =
  /\b(?:wants?|wanted|want(?:s|ed)?\s+to|demand(?:s|ed|ing)?|calls?\s+for|called\s+for|asked\s+for|should|must|would|will|offer(?:s|ed)?|propos(?:es|ed)|plans?|planned|promis(?:es|ed))\b[^;:.]*$/i;

/** "warned" when the span measures a warning's lead (`afterSpan`: the text after the span's unit), else null. */
export function warningLead(before: string, afterSpan: string): "warned" | null {
  if (!BEFORE_WHAT_CAME.test(afterSpan)) return null;
  const warning = WARNING_BEFORE.exec(before);
  if (!warning || NOT_GIVEN_BEFORE.test(before.slice(Math.max(0, before.lastIndexOf(",", warning.index))))) return null;
  return "warned";
}
