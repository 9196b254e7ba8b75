import { describe, expect, it } from "vitest";
import { linkNearDuplicates, prepareArticle } from "../../../ingest/index.js";
import { rankEvidence } from "../../evidence/rank-evidence.js";
import { extractFacts } from "../../facts/extract-facts.js";
import { selectKeyPoints } from "./select-key-points.js";

const SUMMARY = "Brenford Home recalled 60,000 electric kettles on Monday after reports of fires in Carlow.";
/** Many words the summary lacks, but no figure, name or date it lacks: a rewording with colour. */
const REWORDING =
  "Brenford Home said the fault in the kettles was rare, that customers should stay calm and patient, and that the recall was a careful precaution.";

function keyPointsOf(others: readonly string[], withQuotes = false) {
  const articles = linkNearDuplicates(
    [
      [SUMMARY, REWORDING],
      [SUMMARY.replace("recalled", "has recalled"), ...others],
    ].map((sentences, index) =>
      prepareArticle({
        input: `article/${index}`,
        source: `Outlet ${index}`,
        title: `Kettle recall ${index}`,
        publishedAt: "2026-05-05T08:00:00Z",
        originalText: sentences.join("\n\n"),
      }),
    ),
  );
  const facts = extractFacts(articles);
  const evidence = rankEvidence(articles, facts);
  const summary = evidence.filter((candidate) => candidate.item.sentence.text === SUMMARY);
  return selectKeyPoints(evidence, { limit: 2, summary, ...(withQuotes ? { quotes: facts.quotes } : {}) });
}

describe("selectKeyPoints", () => {
  it("prefers sentences that bring a figure, a name or a date the summary lacks", async () => {
    const points = await keyPointsOf([
      "The company had received 112 complaints, including nine fires.",
      "Chief executive Maeve Dunne apologised to customers.",
    ]);
    const texts = points.map((point) => point.item.sentence.text);
    expect(texts).toHaveLength(2);
    expect(texts).not.toContain(REWORDING);
  });

  it("gives no rewording in the words of someone the summary names, even when too few sentences bring anything new", async () => {
    const points = await keyPointsOf(["Chief executive Maeve Dunne apologised to customers."]);
    expect(points.map((point) => point.item.sentence.text)).toEqual([
      "Chief executive Maeve Dunne apologised to customers.",
    ]);
  });

  it("still fills in with a sentence of new words that is no one's rewording", async () => {
    const cause = "A faulty thermostat let the water boil dry and overheat the base.";
    const points = await keyPointsOf(["Chief executive Maeve Dunne apologised to customers.", cause]);
    expect(points.map((point) => point.item.sentence.text)).toContain(cause);
  });

  it("gives no sentence made of words nobody is named as saying: a sign, a banner, a chant", async () => {
    const sign = "“Bring back our kettles, Brenford,” read a hand-painted sign in the window of a Carlow café.";
    const named = "“We found the fault in 112 kettles,” said Maeve Dunne, the chief executive.";
    const points = await keyPointsOf(
      [sign, named, "The company had received 112 complaints, including nine fires."],
      true,
    );
    const texts = points.map((point) => point.item.sentence.text);
    expect(texts).toHaveLength(2);
    expect(texts).not.toContain(sign);
  });
});
