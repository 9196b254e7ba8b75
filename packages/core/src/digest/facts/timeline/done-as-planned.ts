/** Pasts not made with -ed of verbs a plan schedules ("will meet" → "met", "will hold" → "held"). */
const IRREGULAR_PAST: Readonly<Record<string, string>> = {
  meet: "met",
  hold: "held",
  give: "gave",
  take: "took",
  make: "made",
  begin: "began",
  go: "went",
  sit: "sat",
  speak: "spoke",
  fly: "flew",
  sell: "sold",
  pay: "paid",
  set: "set",
  shut: "shut",
  put: "put",
  run: "ran",
  lead: "led",
  leave: "left",
  swear: "swore",
  choose: "chose",
  rise: "rose",
  see: "saw",
  come: "came",
  bring: "brought",
  send: "sent",
};

/** The verb a plan schedules: "will board", "would meet", "is due to reopen", "are to vote". */
const PLANNED_VERB =
  /\b(?:will|would|shall|(?:is|are|was|were)\s+(?:due\s+)?to)\s+(?:(?:also|then|now|formally)\s+)?(\p{Ll}+)\b/u;

/** The past of a verb: its irregular form, else the verb with -ed ("board" → "boarded", "vote" → "voted"). */
function pastOf(verb: string): string[] {
  const irregular = IRREGULAR_PAST[verb];
  if (irregular) return [irregular];
  if (verb.endsWith("e")) return [`${verb}d`];
  // "stop" → "stopped", "plan" → "planned", as well as the plain form.
  return [`${verb}ed`, `${verb}${verb.at(-1)}ed`];
}

/**
 * Whether a report tells the act a plan scheduled as done: the plan's verb ("Port health officials will
 * board the ship on Friday", "members would meet on Tuesday") in the past in the report ("Health
 * inspectors boarded the Northern Lantern on Friday morning", "members met on Tuesday evening"),
 * whatever other words the two use.
 */
export function doneAsPlanned(plan: string, report: string): boolean {
  const verb = PLANNED_VERB.exec(plan)?.[1];
  if (!verb || verb === "be" || verb === "have" || verb === "not") return false;
  const pasts = pastOf(verb);
  return pasts.some((past) => new RegExp(`\\b${past}\\b`, "i").test(report));
}
