const WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
/** When a report was made, after its verb: "said on Tuesday", "said Tuesday", "said last night". */
const WHEN_SAID = `(?:\\s+(?:on\\s+)?${WEEKDAY}|\\s+(?:yesterday|today|last\\s+night|this\\s+morning|on\\s+${WEEKDAY}\\s+(?:morning|afternoon|evening|night)))?`;
const REPORT_VERB = "(?:said|says|announced|confirmed|reported|told\\s+[\\p{L}’'-]+|showed|show)";

/** "…, the ambulance service said.", "…, provisional Met Office figures showed.": who reports the proposition, not it. */
const SAYER_TAIL = new RegExp(`,\\s+[^,;:“”"]{1,80}?\\s+${REPORT_VERB}${WHEN_SAID}[.!]?\\s*$`, "u");
/** "…, according to the county.": the same, by a phrase. */
const ACCORDING_TAIL = /,\s+according\s+to\s+[^;:“”"]+[.!]?\s*$/u;
/** "According to the county, …": the same, first. */
const ACCORDING_LEAD = /^according\s+to\s+[^,;:“”"]+,\s+/iu;
/**
 * "The trust said 48,310 patients…", "Inspectors found that a nest had blocked…": a short subject
 * and a verb of saying or finding before the proposition reported. "was found on Sunday" is an act,
 * not a report: a report's verb follows no auxiliary, and "found" reports only with "that".
 */
const SAYER_LEAD = new RegExp(
  `^((?:[\\p{L}’'-]+\\s+){1,5}?)(?:said|says|announced|confirmed|reported|believe|believes|suspect|suspects|(?:found|showed|ruled|concluded)(?=\\s+that\\b))${WHEN_SAID}\\s+(?:that\\s+)?(?=[\\p{L}\\d])`,
  "u",
);
const AUXILIARY = /\b(?:was|were|is|are|be|been|being|has|have|had|it)\s+$/i;

/** A clause set off inside the sentence and closed again: ", who was struck by lightning on Saturday,". A figure's comma ("2,600 people") closes no clause. */
const SET_OFF_RELATIVE = /,\s+(?:who|whom|whose|which)\s+(?:[^,;:]|,(?=\d{3}\b))+,\s*/gu;
/** A description set off between commas: ", a favorite with visitors,", ", the MP for South Fenland,", ", 58,". */
const SET_OFF_APPOSITIVE = /,\s+(?:the|a|an|\d[\d.,]*\p{L}*)\s(?:[^,;:]|,(?=\d{3}\b))*,\s*/gu;
/** An age after a name: "Gary Pruett, 58, who…" (the comma before what follows is kept). */
const SET_OFF_AGE = /,\s+\d{1,3},\s*/gu;
/**
 * Where what follows is no longer the main proposition: a clause after a comma telling what came
 * with it or of it (", leaving…", ", with…", ", and the mayor imposed…", ", up from…", ", the
 * deepest cuts since 1991"), a closing relative clause, or a clause telling why or when ("after its
 * cable passed tests", "as rescuers pulled more bodies", "for pouring sewage") once it has a verb of its own.
 */
const DETAIL_START = [
  // A semicolon joins another independent clause ("…to 14 charges; it had originally faced 16"): a second claim.
  /;\s/u,
  /,\s+(?:with|after|while|leaving|as|when|before|because|since|until|and|but|up|down|the|a|an|who|which|whose|(?:in|of|at|by|during|from|with|for)\s+(?:which|whom)|(?!according\b|including\b|during\b|following\b)[a-z]{3,}ing)\s/u,
  /\s(?:after|as|because|while|until|before|when)\s+(?=[^,;:]*\b(?:[a-z]{3,}ed|broke|fell|rose|began|came|went|took|hit|struck|ran|made|gave|left|spread|swept|burst|fled|sank|shook|tore|threw|blew|flew|drove|caught|lost|sold|shut|grew|fought|won)\b)/u,
  // What the act was for, by a verb of its own ("was fined £38m for pouring sewage into the river"): the
  // reason, told by another outlet in its own words or not at all, as a clause after "because" is.
  /\sfor\s+(?=[a-z]{3,}ing\s)/u,
];

/** A time or place put before the clause: "Earlier on Monday, ", "Of the 180 homes in the park, ". */
const FRONTED =
  /^(?:earlier|later|on|in|at|by|of|after|before|during|since|for|last|this|early|late|overnight|yesterday|today)\b[^,;:]{0,60},\s+/iu;

/**
 * The main proposition of a news sentence, as its own text: who did what (with the figures of that
 * act), without the dateline, who reports it, set-off relative clauses and what follows the main
 * clause (consequences, reasons, comparisons, appositions). Another outlet telling the same event
 * tells this part in its own words; the rest is detail it may leave out or tell in another sentence.
 */
export function mainClause(sentence: string): string {
  let text = sentence.trim();
  text = text.replace(ACCORDING_TAIL, "").replace(SAYER_TAIL, "").replace(ACCORDING_LEAD, "");
  const lead = SAYER_LEAD.exec(text);
  if (lead && !AUXILIARY.test(lead[1]!)) text = text.slice(lead[0].length);
  text = text.replace(SET_OFF_AGE, ", ").replace(SET_OFF_RELATIVE, " ").replace(SET_OFF_APPOSITIVE, " ");
  // "Earlier on Monday, the temperature reached…": a fronted time or place is no detail after the clause.
  const fronted = FRONTED.exec(text)?.[0].length ?? 0;
  for (const pattern of DETAIL_START) {
    const detail = pattern.exec(text.slice(fronted));
    // The clause must keep a subject and a verb: a detail cut near the start leaves nothing to tell.
    if (detail && detail.index >= 15) text = text.slice(0, fronted + detail.index);
  }
  return text.replace(/[\s,.;:!]+$/u, "");
}
