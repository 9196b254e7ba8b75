/**
 * Money at the heart of a corruption or fraud case, however an outlet names it. Bribes are money paid
 * to buy favour whatever the noun ("$250,000 in cash and gifts", "more than $300,000 in bribes", "in
 * kickbacks", "in illegal payments"); money taken from its owner is named by the owner ("spent £640,000
 * of donors' money", "misused £850,000 of the charity's funds"). Each is one measure, so two outlets'
 * different sums disagree. A sum a court orders repaid or a prosecutor seeks is read elsewhere (its
 * frame or its verb).
 */

/** A noun of money paid to buy favour, anywhere in the list of what the money was "in". */
const BRIBE_NOUN =
  /\b(?:bribes?|bribery|kickbacks?|pay-?offs?|backhanders?|inducements?|gifts?|hush\s+money|(?:illegal|illicit|secret|corrupt|improper|undeclared)\s+payments?)\b/i;

/** "in cash, home renovations and gifts", "worth of gifts": the list of what the money was, up to a preposition or a sentence break. */
const IN_LIST =
  /^\s+(?:in|worth\s+of)\s+([^.;:]{1,50}?)(?=\s+(?:from|to|for|over|between|during|while|at|by|on|as|since|when|that|which|who)\b|[.;:]|$)/i;

/** The owner's money, after the figure: "of donors' money", "of the charity's funds", "from the pension fund". */
const OWNERS_MONEY =
  /^\s+(?:of|from)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:(?:[\p{L}-]+['’]s?|[\p{L}-]+s['’]|public|charity|charitable|client|taxpayer|pension)\s+)+(?:money|funds?|cash|donations|savings|pensions?|accounts?)\b/iu;

/** A verb of taking or misusing what another owns, before the figure in its clause. */
const TAKING_VERB =
  /\b(?:spen[dt]|spending|misus(?:e|ed|ing)|misappropriat(?:e|ed|ing)|embezzl(?:e|ed|ing)|st(?:ole|olen|eal|ealing)|t(?:ook|aken|aking|ake)|divert(?:ed|ing)?|siphon(?:ed|ing)?|pocket(?:ed|ing)?|us(?:ed|ing)|defraud(?:ed|ing)?|funnel(?:l?ed|l?ing)?|launder(?:ed|ing)?)\b/i;

/**
 * "bribe" or "misappropriated" for a sum so named, else null. `after` is the text after the sum (its
 * currency word read), `clauseBefore` its own clause up to the figure.
 */
export function moneyTakenOf(after: string, clauseBefore: string): "bribe" | "misappropriated" | null {
  const list = IN_LIST.exec(after)?.[1];
  if (list && BRIBE_NOUN.test(list)) return "bribe";
  return OWNERS_MONEY.test(after) && TAKING_VERB.test(clauseBefore) ? "misappropriated" : null;
}
