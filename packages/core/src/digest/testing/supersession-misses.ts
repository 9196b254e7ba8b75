import type { Article } from "../../model/index.js";
import { createOfflineEngine } from "../engines/offline-engine.js";
import { rankEvidence } from "../evidence/rank-evidence.js";
import { extractFacts } from "../facts/extract-facts.js";
import { generateDigest } from "../generate-digest.js";
import { findSuperseded } from "../select/supersede/index.js";
import { sentenceTimes } from "../select/times/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/** The summary lengths a superseded statement must stay out of beside its successor. */
const SUPERSESSION_WORDS = [120, 250] as const;

const squash = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
const contains = (text: string, piece: string) => squash(text).includes(squash(piece));

/**
 * How a written story's offline digest misses its `supersession` expectations, one line each: a
 * summary (at each of SUPERSESSION_WORDS) holding both an older statement and the one that
 * supersedes it, and a sentence still true that findSuperseded leaves out as outdated. Also the counts
 * the benchmark prints. Test and benchmark support only.
 */
export async function supersessionMisses(
  name: string,
  articles: Article[],
  expected: ExpectedFacts,
): Promise<{ misses: string[]; apart: number; current: number; alone: string[] }> {
  const misses: string[] = [];
  const wanted = expected.supersession;
  if (!wanted) return { misses, apart: 0, current: 0, alone: [] };
  const together = new Set<string>();
  // An older statement a summary tells without the later one the story holds: stale as told (only
  // counted, not a miss: the stories written before stale19 were not checked for it).
  const alone = new Set<string>();
  for (const words of SUPERSESSION_WORDS) {
    const digest = await generateDigest({
      story: { id: name, label: name, articleIds: articles.map((article) => article.id), startAt: null, endAt: null },
      articles,
      engine: createOfflineEngine(),
      words,
    });
    const sentences = digest.summary.map((sentence) => sentence.text);
    for (const [older, newer] of wanted.apart) {
      if (sentences.some((text) => contains(text, older)) && sentences.some((text) => contains(text, newer))) {
        if (!together.has(older + newer)) misses.push(`summary (${words} words) holds "${older}" beside "${newer}"`);
        together.add(older + newer);
      }
      if (sentences.some((text) => contains(text, older)) && !sentences.some((text) => contains(text, newer)))
        alone.add(`${words} words: "${older}" without "${newer}"`);
    }
  }
  const facts = extractFacts(articles);
  const evidence = rankEvidence(articles, facts);
  const times = sentenceTimes(evidence, articles, facts);
  const outdated = times ? findSuperseded(evidence, times, facts).outdated : new Set();
  const wronglyOutdated = wanted.current.filter((piece) =>
    evidence.some((candidate) => outdated.has(candidate) && contains(candidate.item.sentence.text, piece)),
  );
  for (const piece of wronglyOutdated) misses.push(`left out as outdated, though still true: "${piece}"`);
  return {
    misses,
    apart: wanted.apart.length - together.size,
    current: wanted.current.length - wronglyOutdated.length,
    alone: [...alone],
  };
}
