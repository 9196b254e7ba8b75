import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import { rankEvidence } from "../evidence/rank-evidence.js";
import { extractFacts } from "../facts/extract-facts.js";
import { sentenceTimes } from "../select/times/index.js";

/**
 * A story of two reports from two outlets, Monday 2 March 2026 (Harbour Gazette) and Thursday 5
 * March (Coastal Post, or the day given as `secondDay`), each written as its sentences: its facts,
 * ranked evidence and the moment each sentence tells (for the tests of what newer news supersedes).
 * Every sentence given is in the story: with `titled` the outlet gives the report a title; without,
 * the report opens with a title line of its own ("Harbour Gazette report"), which ingest takes for
 * its inferred title, as it takes an untitled file's first line, instead of the first sentence.
 */
export function twoReportStory(
  monday: readonly string[],
  thursday: readonly string[],
  options: { titled?: boolean; secondDay?: string } = {},
) {
  const articles = linkNearDuplicates(
    [
      { day: "2026-03-02", source: "Harbour Gazette", sentences: monday },
      { day: options.secondDay ?? "2026-03-05", source: "Coastal Post", sentences: thursday },
    ].map(({ day, source, sentences }, index) =>
      prepareArticle({
        input: `report/${index}`,
        source,
        title: options.titled ? `${source} report` : null,
        publishedAt: `${day}T${index === 0 ? "08" : "20"}:00:00Z`,
        originalText: [...(options.titled ? [] : [`${source} report`]), ...sentences].join("\n\n"),
      }),
    ),
  );
  const facts = extractFacts(articles);
  const evidence = rankEvidence(articles, facts);
  const times = sentenceTimes(evidence, articles, facts);
  if (!times) throw new Error("dated reports have a chronology");
  return { facts, evidence, times };
}
