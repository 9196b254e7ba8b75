import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article } from "../../model/index.js";

/**
 * A dated story written for the tests (not real news): a dockworkers' strike from its start to its
 * end, told by four outlets over nine days. It holds the traps time-aware digests must handle: a
 * running figure that grows (ships held at anchor), a proposal then the response to it, a "Live
 * Updates" title, a machine-garbled sentence, and openers that need a sentence before them.
 */
const ARTICLES = [
  {
    title: "Dockworkers Walk Out, Shutting the Port of Halden",
    source: "halden-courier.example",
    publishedAt: "2025-03-03T08:00:00Z",
    text: [
      "HALDEN, Norland — Dockworkers at the Port of Halden walked off the job on Monday, halting cargo traffic at the country's busiest container terminal.",
      "The Halden Dockworkers Union said its 2,300 members would stay out until the port authority agreed to a raise that keeps pace with prices.",
      "At least 12 cargo ships have been held at anchor outside the harbour since the strike began, the harbour master said.",
      "However, the port authority said it could not afford the union's demand.",
      "He said talks could resume later in the week.",
      "Exporters of timber and fish warned that their goods would spoil within days if the terminal stayed closed.",
    ].join("\n\n"),
  },
  {
    title: "Port Authority Offers Raise to Striking Dockworkers",
    source: "norland-business.example",
    publishedAt: "2025-03-05T10:00:00Z",
    text: [
      "The Halden port authority proposed a 4 percent raise for striking dockworkers on Wednesday, its first offer since the walkout began.",
      "Union leader Mara Solvik said the union would study the port authority's offer with its members before answering.",
      "More than 25 cargo ships have been held at anchor outside the harbour since the strike began, according to the harbour master.",
      "With the terminal closed since Monday, the port authority has responded to the walkout on March 3, 2025, after the union accepted a raise last week.",
      "Timber exporters said the strike was already costing them about 2 million crowns a day.",
    ].join("\n\n"),
  },
  {
    title: "Halden Port Strike: Live Updates",
    source: "norland-radio.example",
    publishedAt: "2025-03-08T12:00:00Z",
    text: [
      "The Halden Dockworkers Union rejected the port authority's 4 percent offer on Saturday, saying it fell far short of rising prices.",
      "Union leader Mara Solvik told members at a rally that the strike would continue until the port authority offered at least 6 percent.",
      "At least 40 cargo ships have been held at anchor outside the harbour since the strike began, the harbour master said on Saturday.",
      "The transport minister urged both sides to return to the table and asked a state mediator to step in.",
    ].join("\n\n"),
  },
  {
    title: "Halden Port Strike Ends as Union Accepts 6 Percent Raise",
    source: "halden-courier.example",
    publishedAt: "2025-03-12T07:00:00Z",
    text: [
      "The nine-day strike at the Port of Halden ended on Tuesday after dockworkers voted to accept a 6 percent raise brokered by the state mediator.",
      "Cranes were moving again by Tuesday evening, and the harbour master said the ships waiting at anchor would be unloaded within a week.",
      "Union leader Mara Solvik called the agreement a fair result for workers who keep the country's trade moving.",
      "The port authority said the raise would be paid from higher fees on cargo handling.",
    ].join("\n\n"),
  },
];

/** The four articles of the strike story, prepared and linked as the product does it. Test support only. */
export function portStrikeArticles(): Article[] {
  return linkNearDuplicates(
    ARTICLES.map((article, index) =>
      prepareArticle({
        input: `port-strike-${index}.txt`,
        externalId: `port-strike-${index}`,
        title: article.title,
        originalText: article.text,
        source: article.source,
        publishedAt: article.publishedAt,
      }),
    ),
  );
}
