/**
 * Charges a person faces, however an outlet counts them: "a 12-count indictment", "faces 11 counts of
 * bribery", "was charged with 16 counts of fraud", "pleaded not guilty to 14 charges". One measure of
 * one case, so two outlets' different numbers disagree. Counts a jury convicted or acquitted on, counts
 * admitted, dropped or dismissed are other outcomes and keep their own verbs.
 */
const CHARGE_UNIT = /^(?:count|charge)$/;

/** The events the count's own words may already give for charges brought: the indictment that holds them, or what it accuses of. */
const CHARGING_EVENT =
  /^(?:indictment|indicted|charged|charge sheet|complaint|accuse|accused|accuses|allege|alleges|alleged)$/;

/**
 * A verb of facing charges right before the figure ("charged with", "faces", "arraigned on", "on trial
 * on", "denies", "The indictment lists"), a day between a plea and its charges ("pleaded not guilty on
 * Friday to 11 counts").
 */
const FACED_BEFORE =
  /\b(?:charg(?:ed|ing)\s+(?:(?:him|her|them|[\p{Lu}][\p{L}’'-]+)\s+)?with|(?:indicted|arraigned|tried)\s+on|(?:(?:is|was|were|are|went|goes|stands?|stood)\s+)?on\s+trial\s+(?:on|for)|(?:faces?|faced|facing|stands?|stood)\s+trial\s+(?:on|for)|faces?|faced|facing|accused\s+of|pleaded\s+not\s+guilty\s+(?:(?:on|last|this)\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\s+)?to|denie[sd]|deny|denying|indictment\s+(?:that\s+)?(?:lists?|listing|contains?|containing|includes?|including|with|of|sets?\s+out|setting\s+out|brings?|bringing))\s+(?:a\s+total\s+of\s+|all\s+)?(?:(?:about|some|at\s+least|more\s+than|nearly|almost)\s+)?$/iu;

/**
 * A verdict of guilty right before the figure, however told: "found Marco Vieri guilty of", "was
 * convicted on Friday of", "convicted on" (a plea of guilty is an admission, another outcome).
 */
const CONVICTED_BEFORE =
  /\b(?<!pleaded\s)(?:convicted|guilty)\s+(?:(?:on|last|this)\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\s+)?(?:of|on)\s+(?:all\s+)?$/iu;

/**
 * "charged" when a count of counts or charges is of those brought against someone, "convicted" when of
 * those a court found them guilty of, else null. `event` is what the count's own words gave; `before`
 * the sentence up to the figure.
 */
export function chargesFacedOf(
  unit: string | null,
  event: string | null,
  before: string,
): "charged" | "convicted" | null {
  if (!unit || !CHARGE_UNIT.test(unit)) return null;
  if (event && CHARGING_EVENT.test(event)) return "charged";
  if (CONVICTED_BEFORE.test(before)) return "convicted";
  return !event && FACED_BEFORE.test(before) ? "charged" : null;
}

/** Words that may open a subject without naming anyone ("The former mayor faces", "He was charged"). */
const NOT_A_NAME = /^(?:The|A|An|He|She|They|It|His|Her|Its|Their|This|That|Prosecutors|Police|Officials|Authorities)$/;

/** The surname right before the verb of facing charges: "Raymond Tolliver is charged with", "Marsh, 54, faces". */
const NAMED_SUBJECT =
  /(\p{Lu}[\p{L}’'-]+)(?:,[^,]{1,60},)?\s+(?:(?:is|was|were|are|has\s+been|had\s+been)\s+)?(?:also\s+)?(?:charged|charging|faces?|faced|facing|indicted|arraigned|tried|pleaded|denie[sd]|deny|denying|accused|stands?|stood|on\s+trial)\b[^.;]*$/u;

/**
 * Whom charges are brought against, when the sentence names them (their surname), else null: two
 * named people's charges are two counts ("Marsh faces 12 charges", "Keane faces 15 charges").
 */
export function chargedPersonOf(before: string): string | null {
  const name = NAMED_SUBJECT.exec(before)?.[1];
  return name && !NOT_A_NAME.test(name) ? name.toLowerCase() : null;
}
