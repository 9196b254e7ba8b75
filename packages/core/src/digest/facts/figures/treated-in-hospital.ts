/**
 * "Hospitals in Shrewsbury treated 51 guests", "the hospital treated 30 people": those a hospital
 * treated are those taken there, one count with "had taken 42 people to hospital" , and so are those
 * "treated at hospitals" (treatment alone, "treated at the scene", stays another count; "were treated in
 * hospital" is read as "treated" and compared with its own kind, as a count of a span may be).
 */
const HOSPITAL_TREATED_BEFORE =
  /\bhospitals?\b[^,;.]*?\btreated\s+(?:(?:about|around|roughly|nearly|almost|some|more than|at least)\s+)?$/i;
/** Those taken there with the verb split by the count: "had taken 42 people to hospital". */
const TAKEN_BEFORE =
  /\b(?:taken|took|takes|rushed|sent|flown|airlifted)\s+(?:(?:about|around|roughly|nearly|almost|some|more than|at least)\s+)?$/i;
const TO_HOSPITAL_AFTER = /^\s*(?:[a-z]+\s+){0,2}?to\s+(?:(?:a|the|local|nearby)\s+)?hospitals?\b/i;
/** "a further 12", "12 more": new ones in a span, which "overnight" then counts as a window. */
const NEW_ONES_BEFORE = /\b(?:further|another|additional|new)\s+(?:(?:about|around|some)\s+)?$/i;

/**
 * Whether a hospital's verb of treating stands right before the count ("Three hospitals said they
 * treated 37 people injured in the crash"): the count is of those the hospitals treated, and a
 * participle after its noun ("injured", "hurt") only says who they were.
 */
export function treatedByHospital(before: string): boolean {
  return HOSPITAL_TREATED_BEFORE.test(before);
}

/**
 * Whether a count (its sentence's text before and after the figure, the unit's words included in
 * `after`) is of people treated in or taken to hospital.
 */
export function treatedInHospital(before: string, after: string): boolean {
  return (
    HOSPITAL_TREATED_BEFORE.test(before) ||
    (TAKEN_BEFORE.test(before) && TO_HOSPITAL_AFTER.test(after)) ||
    TREATED_AT_HOSPITAL_AFTER.test(after)
  );
}
/** "Nine passengers were treated at hospitals": treated where those taken to hospital are. */
const TREATED_AT_HOSPITAL_AFTER =
  /^\s*(?:[a-z]+\s+){0,2}?(?:were|was|have\s+been|had\s+been)\s+treated\s+at\s+(?:(?:a|the|local|nearby|two|three|several)\s+)?hospitals?\b/i;

/**
 * Whether "overnight" in a hospital count only says when one incident's casualties were treated
 * ("treated 12 officers overnight" after a riot), not that they are new ones in a span.
 */
export function overnightOnly(before: string, clause: string): boolean {
  return (
    !NEW_ONES_BEFORE.test(before) &&
    !/\b(?:previous|past|last)\s+(?:24 hours|day|days|night|week)\b|\bin 24 hours\b/i.test(clause)
  );
}
