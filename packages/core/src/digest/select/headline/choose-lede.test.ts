import { describe, expect, it } from "vitest";
import { linkNearDuplicates, prepareArticle } from "../../../ingest/index.js";
import { rankEvidence } from "../../evidence/rank-evidence.js";
import { extractFacts } from "../../facts/extract-facts.js";
import { sentenceTimes } from "../times/index.js";
import { chooseLede } from "./choose-lede.js";

function ledeOf(articles: Array<{ publishedAt: string | null; sentences: string[] }>): string | undefined {
  const prepared = linkNearDuplicates(
    articles.map(({ publishedAt, sentences }, index) =>
      prepareArticle({
        input: `article/${index}`,
        source: `Outlet ${index}`,
        title: `Kettle recall report ${index}`,
        publishedAt,
        originalText: sentences.join("\n\n"),
      }),
    ),
  );
  const facts = extractFacts(prepared);
  const evidence = rankEvidence(prepared, facts);
  return chooseLede(evidence, sentenceTimes(evidence, prepared, facts))?.item.sentence.text;
}

const FIRST_REPORT = {
  publishedAt: "2026-05-04T08:00:00Z",
  sentences: [
    "Brenford Home on Monday recalled about 60,000 electric kettles after reports that they could overheat.",
    "The recall covers three models sold since 2024.",
  ],
};

/** The next week's report: the recall widened, then a detail. */
const WIDENED_REPORT = {
  publishedAt: "2026-05-11T08:00:00Z",
  sentences: [
    "Brenford Home on Monday widened its kettle recall to about 90,000 units, adding two models sold in Ireland.",
    "The company said refunds would be paid within 14 days.",
  ],
};

describe("chooseLede", () => {
  it("opens with the latest report's news, not the advice that heads it", () => {
    const lede = ledeOf([
      FIRST_REPORT,
      {
        publishedAt: "2026-05-11T08:00:00Z",
        sentences: [
          "If you own a Brenford kettle, check the serial number under the handle.",
          "Brenford Home on Monday widened its kettle recall to about 90,000 units, adding two models sold in Ireland.",
        ],
      },
    ]);
    expect(lede).toMatch(/^Brenford Home on Monday widened/);
  });

  it("opens with the latest dated report, not an undated article the facts place after it", () => {
    const lede = ledeOf([
      FIRST_REPORT,
      WIDENED_REPORT,
      {
        publishedAt: null,
        sentences: [
          "Brenford Home has made electric kettles at its Carlow plant since 1998, and the recall now covers about 90,000 of them.",
          "The plant employs about 400 people.",
        ],
      },
    ]);
    expect(lede).toMatch(/^Brenford Home on Monday widened/);
  });

  it("opens with the newest report's lead, not a plan told further down on a later day (mine-rescue)", () => {
    const lede = ledeOf([
      {
        publishedAt: "2026-11-12T06:30:00Z",
        sentences: [
          "Rescuers made contact with all 14 trapped miners through a narrow drill hole early on Thursday, Dunmore Coal said.",
          "The men were sent water and glucose through the hole.",
        ],
      },
      {
        publishedAt: "2026-11-14T09:00:00Z",
        sentences: [
          "Twelve of the 14 rescued miners left hospital on Friday, and the last two are expected home on Monday.",
          "Thursday night's rescue drew a crowd of about 2,000 people to the mine gate, police said.",
          "Okafor said on Saturday that the drill hole would be sealed next week.",
        ],
      },
    ]);
    expect(lede).toMatch(/^Twelve of the 14 rescued miners left hospital on Friday/);
  });

  it("still opens with a lead that tells what is to come, and with a later day's deal that a clause says will do more", () => {
    const plan = ledeOf([
      FIRST_REPORT,
      {
        publishedAt: "2026-05-11T08:00:00Z",
        sentences: [
          "Brenford Home said on Monday it would widen its kettle recall to about 90,000 units.",
          "The company said refunds would be paid within 14 days.",
        ],
      },
    ]);
    expect(plan).toMatch(/^Brenford Home said on Monday it would widen/);
    const deal = ledeOf([
      FIRST_REPORT,
      {
        publishedAt: "2026-05-11T08:00:00Z",
        sentences: [
          "The recall covers three models sold since 2024, the company said on Friday.",
          "Brenford Home and the regulator agreed on Monday on a refund scheme that the company said would cover about 90,000 kettles.",
        ],
      },
    ]);
    expect(deal).toMatch(/^Brenford Home and the regulator agreed on Monday/);
  });
  it("never opens with what came before or with someone's words below the newest report's lead", () => {
    // The newest report leads with a month before the story (placed then); what follows its lead is a
    // past-perfect record and a reaction: the news is the report before it.
    const lede = ledeOf([
      FIRST_REPORT,
      WIDENED_REPORT,
      {
        publishedAt: "2026-05-12T15:00:00Z",
        sentences: [
          "The kettles passed a safety audit in March, according to trading standards records.",
          "Brenford had sold the same models for more than 20 years, a company spokesman said.",
          "According to the consumer group Which?, “this recall should have come much sooner.”",
        ],
      },
    ]);
    expect(lede).toMatch(/^Brenford Home on Monday widened/);
  });
});
