import { prepareArticle } from "../../ingest/index.js";
import { extractFacts } from "../facts/extract-facts.js";

/**
 * The values of the disagreements facts code finds between two outlets' reports of one day (or of
 * `secondDay` for the second outlet), each
 * opening with the same sentence about the story: a test of whether two wordings of a figure are set
 * against each other. Test support only.
 */
export function twoOutletDisputes(
  first: string,
  second: string,
  story: { day: string; opening: string; secondDay?: string },
): string[][] {
  return extractFacts(
    [
      { source: "Alpha News", at: `${story.day}T10:00:00Z`, text: first },
      { source: "Beta Post", at: `${story.secondDay ?? story.day}T16:00:00Z`, text: second },
    ].map((item) =>
      prepareArticle({
        input: item.source,
        source: item.source,
        publishedAt: item.at,
        title: `${item.source} report`,
        originalText: `${story.opening}\n\n${item.text}`,
      }),
    ),
  ).disagreements.map((item) => item.claims.map((claim) => claim.value));
}
