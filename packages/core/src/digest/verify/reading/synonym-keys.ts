import { stemOf } from "./analyze-text.js";
import { PLACE_NATIONALITIES } from "./demonym-place.js";

/**
 * Words a news rewrite swaps for one another without changing the claim, by comparison key (lemma,
 * lightly stemmed, as analyzeText makes them). Deliberately small: a pair belongs here only when
 * either word can stand for the other in a report of the same event; opposites and words of degree
 * ("double", "triple") never do, and a link through a synonym still costs a little.
 */
const GROUPS: readonly (readonly string[])[] = [
  ["beat", "defeat"],
  ["worth", "value"],
  ["about", "some", "around", "roughly", "approximately"],
  ["nearly", "almost"],
  ["say", "tell", "state", "announce"],
  ["raise", "increase", "lift", "hike"],
  ["rise", "increase", "climb"],
  ["cut", "reduce", "lower", "slash"],
  ["fall", "drop", "decline", "decrease"],
  ["buy", "purchase", "acquire"],
  ["begin", "start"],
  ["end", "finish"],
  ["quit", "resign"],
  ["arrest", "detain"],
  ["dismiss", "sack"],
  ["injure", "hurt", "wound"],
  ["approve", "back", "endorse"],
  ["need", "require"],
  ["try", "attempt"],
  ["show", "reveal"],
  ["ban", "prohibit"],
  ["help", "assist"],
  ["company", "firm"],
  ["car", "vehicle"],
  ["child", "kid"],
  ["daily", "day"],
  ["fetch", "sell"],
  ["close", "shut"],
  ["fire", "blaze"],
  ["big", "large"],
  ["hit", "strike"],
  ["marry", "wed"],
  ["investigation", "inquiry", "probe"],
  ["pledge", "promise", "vow"],
  ["error", "mistake"],
  ["jail", "prison"],
  ["reach", "hit"],
  ["say", "warn"],
  ["fight", "tackle"],
  ["fight", "battle"],
  ["stay", "remain"],
  ["continue", "keep"],
  ["finish", "complete"],
  ["match", "game"],
  ["discover", "find"],
  // "following the defeat" is "after the defeat".
  ["after", "follow"],
  // The same size of a change: "the smallest rise" is "the lowest rise".
  ["small", "low"],
  // A change told by direction or by level: "up 3.1%" is "3.1% higher".
  ["up", "high"],
  ["down", "low"],
  ["earthquake", "quake"],
  ["film", "movie"],
  ["shop", "store"],
  ["home", "house"],
  ["talk", "negotiation"],
  ["deal", "agreement"],
  ["poll", "survey"],
  // "a takeover bid" is "a takeover offer".
  ["bid", "offer"],
  ["extra", "additional"],
  ["prize", "award"],
  ["official", "authority"],
  // wink reads "axe" as "ax" and "axed" as "axe".
  ["cancel", "scrap", "axe", "ax"],
  ["cut", "axe", "ax"],
  ["raise", "boost"],
  ["unveil", "announce"],
  ["die", "dead"],
  // A verb and its noun where no ending links them.
  ["lose", "loss"],
  ["die", "death"],
  ["sell", "sale"],
  ["grow", "growth"],
];

const byKey = new Map<string, string[]>();
// A country and its nationality: "Wales" for "the Welsh national team".
for (const words of [...GROUPS, ...PLACE_NATIONALITIES]) {
  const group = words.map(stemOf);
  for (const key of group)
    byKey.set(
      key,
      [...new Set([...(byKey.get(key) ?? []), ...group])].filter((other) => other !== key),
    );
}

/** Keys that mean the same as `key` in a news report (not including `key` itself). */
export function synonymKeys(key: string): readonly string[] {
  return byKey.get(key) ?? [];
}
