import type { RankedSentence } from "../../evidence/rank-evidence.js";
import type { StoryFacts } from "../../facts/extract-facts.js";
import type { SentenceTimes } from "../times/index.js";

/**
 * A side changing its own offer: "improved its pay offer to 6 percent", "raised its bid to 700
 * pence", "sweetened their offer", "the company raised the offer to 6 percent". "its"/"their" says
 * the offer is the one its maker made before; "the" says it is the one already on the table; so does
 * an offer set against its own earlier one ("had offered to sell 150 stores, up from an earlier
 * proposal of 120").
 */
const OWN_OFFER_CHANGED =
  /\b(?:improved|raised|increased|sweetened|lifted|upped|revised|boosted|cut|lowered|reduced)\s+(?:its|their|the)\s+(?:[a-z-]+\s+)?(?:offer|bid|proposal)\b|\b(?:up|down)\s+from\s+(?:an?|its|their|the)\s+(?:earlier|previous|original|initial|first)\s+(?:[a-z-]+\s+)?(?:offer|bid|proposal)\b/i;

/**
 * Offers a later report says their maker changed: "The operator has offered a 4 percent rise", then
 * "…after the company improved its pay offer to 6 percent". The older offer is no longer on the
 * table, so it is not the summary's present (the timeline keeps it, dated). The newer sentence must
 * say a side changed its own offer and give an offered figure of the same unit with another value;
 * the older one must give an offered figure of that unit. Another side's offer (a rival bid) is not
 * "its" offer, and a demand is never an offer.
 */
export function findImprovedOffers(
  candidates: readonly RankedSentence[],
  times: SentenceTimes,
  facts: StoryFacts,
): Set<RankedSentence> {
  const improved = new Set<RankedSentence>();
  const offers = new Map<number, Array<{ unit: string; value: number }>>();
  const indexOf = new Map(facts.sentences.map((item, index) => [item, index]));
  for (const mention of facts.numbers) {
    if (mention.frame !== "offer" || !mention.unit) continue;
    const index = indexOf.get(mention.item) ?? -1;
    offers.set(index, [...(offers.get(index) ?? []), { unit: mention.unit, value: mention.value }]);
  }
  if (offers.size < 2) return improved;
  const changes = candidates.filter(
    (candidate) => offers.has(candidate.index) && OWN_OFFER_CHANGED.test(candidate.item.sentence.text),
  );
  for (const candidate of candidates) {
    const mine = offers.get(candidate.index);
    const time = times.get(candidate);
    if (!mine || time === undefined) continue;
    const changedLater = changes.some((later) => {
      const laterTime = times.get(later);
      if (later === candidate || laterTime === undefined || laterTime <= time) return false;
      const theirs = offers.get(later.index) ?? [];
      return mine.some((offer) => theirs.some((other) => other.unit === offer.unit && other.value !== offer.value));
    });
    if (changedLater) improved.add(candidate);
  }
  return improved;
}
