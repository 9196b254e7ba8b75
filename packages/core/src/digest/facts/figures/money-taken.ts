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

/** Taxes not paid, after the figure: "in unpaid taxes", "in back tax", "of evaded taxes", "in tax arrears". */
const UNPAID_TAX_AFTER =
  /^\s+(?:in|of)\s+(?:(?:unpaid|evaded|back|undeclared|outstanding|overdue|missing|lost)\s+(?:income\s+|corporate\s+|sales\s+|property\s+)?tax(?:es)?\b|tax(?:es)?\s+(?:arrears|debts?|owed|unpaid|evaded)\b)/i;
/** Taxes as what was evaded, after a verb of evading or owing: "evaded €2 million in taxes", "owes €3 million in tax". */
const TAX_AFTER = /^\s+(?:in|of)\s+(?:(?:income|corporate|sales|property)\s+)?tax(?:es)?\b/i;
const EVADING_VERB =
  /\b(?:evad(?:e|es|ed|ing)|dodg(?:e|es|ed|ing)|ow(?:e|es|ed|ing)|underpa(?:y|ys|id|ying))\s+(?:(?:about|around|roughly|nearly|almost|some|over|more than|at least|up to)\s+)?[$£€]?\s*$/i;
/** The tax authorities as the one defrauded: "defrauding the tax authorities of", "cheated the taxman out of". */
const TAX_AUTHORITY_DEFRAUDED =
  /\b(?:defraud(?:s|ed|ing)?|cheat(?:s|ed|ing)?|swindl(?:e|es|ed|ing))\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:tax\s+(?:authorit(?:y|ies)|agency|office|service|department|administration)|taxman|taxpayers?|exchequer|treasury|revenue\s+service)\s+(?:out\s+)?of\s+(?:(?:about|around|roughly|nearly|almost|some|over|more than|at least|up to)\s+)?[$£€]?\s*$/iu;

/** A sum ordered or agreed repaid ("was ordered to repay €4 million in back taxes"): a settlement, not the loss claimed. */
const REPAID_BEFORE = /\b(?:re-?pa(?:y|ys|id|ying)|(?:ordered|told|required|agreed)\s+to\s+pay|settle(?:d|s)?)\b/i;

/**
 * Money the tax authorities lost, however told: "accused of defrauding the tax authorities of €4.2
 * million", "owes €3.9 million in unpaid taxes", "evaded €4 million in tax" are one measure, the tax
 * unpaid (never a fine for it, nor taxes paid: "paid €2 million in tax" names no loss).
 */
function taxUnpaid(after: string, clauseBefore: string): boolean {
  if (REPAID_BEFORE.test(clauseBefore)) return false;
  return (
    UNPAID_TAX_AFTER.test(after) ||
    (TAX_AFTER.test(after) && EVADING_VERB.test(clauseBefore)) ||
    TAX_AUTHORITY_DEFRAUDED.test(clauseBefore)
  );
}

/**
 * "bribe", "misappropriated" or "tax unpaid" for a sum so named, else null. `after` is the text after
 * the sum (its currency word read), `clauseBefore` its own clause up to the figure.
 */
export function moneyTakenOf(after: string, clauseBefore: string): "bribe" | "misappropriated" | "tax unpaid" | null {
  if (taxUnpaid(after, clauseBefore)) return "tax unpaid";
  const list = IN_LIST.exec(after)?.[1];
  if (list && BRIBE_NOUN.test(list)) return "bribe";
  return OWNERS_MONEY.test(after) && TAKING_VERB.test(clauseBefore) ? "misappropriated" : null;
}
