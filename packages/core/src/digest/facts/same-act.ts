import { porterStem } from "../evidence/porter-stem.js";
import { contentWords } from "../evidence/word-tokens.js";

/**
 * Acts that outlets tell in other words ("were rescued" and "ferried … off the ice", "apologised" and
 * "said sorry", "injuring two people" and "Two people were hurt"): each family's forms. Only forms with
 * no common other sense in news (no bare "fire" or "hit", which name things and scores too).
 */
const ACT_FAMILIES: readonly RegExp[] = [
  /\b(?:died|dies|dead)\b/i,
  /\b(?:hurt|injured|injuring|wounded|wounding)\b/i,
  /\b(?:rescued|ferried|plucked|airlifted|winched)\b/i,
  /\b(?:set\s+fire|(?:sparked|started)\s+(?:a|the)\s+(?:[a-z]+\s+)?(?:fire|blaze))\b/i,
  /\b(?:evacuated|forced\s+(?:from|out\s+of)|moved\s+out\s+of|displaced)\b/i,
  /\b(?:apologi[sz]ed|said\s+sorry)\b/i,
  /\b(?:struck\s+by\s+lightning|lightning\s+struck|hit\s+by\s+lightning)\b/i,
  /\b(?:halted|stopped|suspended|shut\s+down)\b/i,
];

/** Words that tell when, not what: a day, a part of it, "yesterday". */
const TIME_WORD =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight|morning|afternoon|evening|night|overnight|early|late|last|said|says)$/;

/** A sentence's content stems, without the words that tell when. */
function stems(text: string): Set<string> {
  return new Set(
    contentWords(text)
      .filter((word) => !TIME_WORD.test(word) && !/^\d/.test(word))
      .map((word) => porterStem(word.replace(/['’]s$/, ""))),
  );
}

/**
 * Whether two sentences tell one act in other words: a family of ACT_FAMILIES both hold, and another
 * word of what it befell or where ("ice", "homes", "Fellstone"). For two outlets' reports of one day
 * (see datedDevelopments): an editor lists the rescue once, citing both, however else they word it.
 */
export function sameAct(left: string, right: string): boolean {
  if (!ACT_FAMILIES.some((family) => family.test(left) && family.test(right))) return false;
  const own = stems(left);
  const acts = (text: string) => ACT_FAMILIES.flatMap((family) => family.exec(text)?.[0] ?? []).join(" ");
  const actStems = stems(`${acts(left)} ${acts(right)}`);
  return [...stems(right)].some((stem) => own.has(stem) && !actStems.has(stem));
}
