import type { Article } from "../../../model/index.js";
import { datelineEnd } from "../../evidence/editorial-problem.js";
import { DEMONYMS, PLACE_ZONES, STATE_ABBREVIATION_ZONES } from "./place-zones.js";

/** Longest names first, so "New South Wales" is read before "Wales" and "West Virginia" before "Virginia". */
const byLength = (names: Iterable<string>) =>
  [...names].sort((a, b) => b.length - a.length).map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
const PLACE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${byLength(PLACE_ZONES.keys()).join("|")})(?![\\p{L}\\p{N}])`, "gu");
/** A dateline in capitals ("BRISBANE, Australia (Reuters) —") names its place in any case. */
const PLACE_ANY_CASE = new RegExp(PLACE.source, "giu");
const STATE_ABBREVIATION = new RegExp(
  `,\\s+(${byLength(STATE_ABBREVIATION_ZONES.keys()).join("|")})(?=[\\s,(]|$)`,
  "gu",
);

/** A dateline names where the report was filed: worth this many mentions in its body. */
const DATELINE_WEIGHT = 3;
/** A demonym ("Japanese") is told of visitors and goods too: worth this much of a place's name. */
const DEMONYM_WEIGHT = 0.5;
/** An article tells its place when the zone it names most has this weight at least… */
const LEAST_WEIGHT = 2;
/** …and this many times the weight of any other zone it names. */
const LEAD_FACTOR = 2;

/**
 * The IANA zone a story happens in, read from the places its articles name (see PLACE_ZONES): the zone
 * more than half of the articles that tell a place tell; null when none does or they disagree. A paper
 * stamps its article in UTC, but its writer counts "yesterday" and "on Friday" by the clock where the
 * story happens.
 */
export function storyZone(articles: readonly Article[]): string | null {
  const votes = new Map<string, number>();
  let voters = 0;
  for (const article of articles) {
    const zone = articleZone(article);
    if (zone === null) continue;
    voters += 1;
    votes.set(zone, (votes.get(zone) ?? 0) + 1);
  }
  for (const [zone, count] of votes) if (count * 2 > voters) return zone;
  return null;
}

const zoneOfText = new Map<string, string | null>();
const MOST_TEXTS = 2_000;

/** The zone one article's places tell (see LEAST_WEIGHT, LEAD_FACTOR), or null. */
function articleZone(article: Article): string | null {
  const text = `${article.title}\n${article.text}`;
  const known = zoneOfText.get(text);
  if (known !== undefined) return known;
  if (zoneOfText.size >= MOST_TEXTS) zoneOfText.clear();
  const zone = leadingZone(weighZones(article.title, article.text));
  zoneOfText.set(text, zone);
  return zone;
}

/** Each zone an article's places name, with their weight. */
function weighZones(title: string, text: string): Map<string, number> {
  const weights = new Map<string, number>();
  const add = (zone: string | undefined, weight: number) => {
    if (zone) weights.set(zone, (weights.get(zone) ?? 0) + weight);
  };
  const start = text.trimStart();
  const dateline = start.slice(0, datelineEnd(start));
  for (const match of dateline.matchAll(PLACE_ANY_CASE)) add(zoneOfName(match[0]), DATELINE_WEIGHT);
  for (const match of dateline.matchAll(STATE_ABBREVIATION))
    add(STATE_ABBREVIATION_ZONES.get(match[1]!), DATELINE_WEIGHT);
  const body = `${title}\n${start.slice(dateline.length)}`;
  for (const match of body.matchAll(PLACE)) add(PLACE_ZONES.get(match[0]), DEMONYMS.has(match[0]) ? DEMONYM_WEIGHT : 1);
  for (const match of body.matchAll(STATE_ABBREVIATION)) add(STATE_ABBREVIATION_ZONES.get(match[1]!), 1);
  return weights;
}

/** A name's zone whatever its case ("BRISBANE"), as PLACE_ZONES writes it. */
function zoneOfName(name: string): string | undefined {
  const exact = PLACE_ZONES.get(name);
  if (exact) return exact;
  const lower = name.toLowerCase();
  for (const [written, zone] of PLACE_ZONES) if (written.toLowerCase() === lower) return zone;
  return undefined;
}

function leadingZone(weights: ReadonlyMap<string, number>): string | null {
  const ranked = [...weights].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] < LEAST_WEIGHT) return null;
  return !second || first[1] >= LEAD_FACTOR * second[1] ? first[0] : null;
}
