import { describe, expect, it } from "vitest";
import { collieryRoofFallArticles } from "../digest/testing/colliery-roof-fall-articles.js";
import { cupFinalArticles } from "../digest/testing/cup-final-articles.js";
import { cyberattackArticles } from "../digest/testing/cyberattack-articles.js";
import { drugApprovalArticles } from "../digest/testing/drug-approval-articles.js";
import { earthquakeArticles } from "../digest/testing/earthquake-articles.js";
import { electionCountArticles } from "../digest/testing/election-count-articles.js";
import { ferryCapsizingArticles } from "../digest/testing/ferry-capsizing-articles.js";
import { floodDefenceArticles } from "../digest/testing/flood-defence-articles.js";
import { fraudTrialArticles } from "../digest/testing/fraud-trial-articles.js";
import { labourDisputeArticles } from "../digest/testing/labour-dispute-articles.js";
import { loadSeedArticles } from "../digest/testing/load-seed-articles.js";
import { mineRescueArticles } from "../digest/testing/mine-rescue-articles.js";
import { productRecallArticles } from "../digest/testing/product-recall-articles.js";
import { protestMarchArticles } from "../digest/testing/protest-march-articles.js";
import { rateDecisionArticles } from "../digest/testing/rate-decision-articles.js";
import { retailBreachArticles } from "../digest/testing/retail-breach-articles.js";
import { stormFloodArticles } from "../digest/testing/storm-flood-articles.js";
import { takeoverBidArticles } from "../digest/testing/takeover-bid-articles.js";
import { tenancyBillArticles } from "../digest/testing/tenancy-bill-articles.js";
import { transferSagaArticles } from "../digest/testing/transfer-saga-articles.js";
import { volcanoEruptionArticles } from "../digest/testing/volcano-eruption-articles.js";
import { wildfireArticles } from "../digest/testing/wildfire-articles.js";
import { groupStories } from "./group-stories.js";

/** Every story written for the digest's tests, imported together as one newsroom's inbox. */
function inbox() {
  const stories = {
    colliery_roof_fall: collieryRoofFallArticles(),
    cup_final: cupFinalArticles(),
    cyberattack: cyberattackArticles(),
    drug_approval: drugApprovalArticles(),
    earthquake: earthquakeArticles(),
    election_count: electionCountArticles(),
    ferry_capsizing: ferryCapsizingArticles(),
    flood_defence: floodDefenceArticles(),
    fraud_trial: fraudTrialArticles(),
    labour_dispute: labourDisputeArticles(),
    load_seed: loadSeedArticles(),
    mine_rescue: mineRescueArticles(),
    product_recall: productRecallArticles(),
    protest_march: protestMarchArticles(),
    rate_decision: rateDecisionArticles(),
    retail_breach: retailBreachArticles(),
    storm_flood: stormFloodArticles(),
    takeover_bid: takeoverBidArticles(),
    tenancy_bill: tenancyBillArticles(),
    transfer_saga: transferSagaArticles(),
    volcano_eruption: volcanoEruptionArticles(),
    wildfire: wildfireArticles(),
  };
  const storyOf = new Map<string, string>();
  const articles = Object.entries(stories).flatMap(([name, list]) =>
    list.map((article) => {
      storyOf.set(article.id, name);
      return { id: article.id, title: article.title ?? "", text: article.text, publishedAt: article.publishedAt };
    }),
  );
  return { articles, storyOf };
}

describe("attachLoneArticles", () => {
  it("puts a story's side piece that names the story's place into its story, and no story takes another's articles", () => {
    const { articles, storyOf } = inbox();
    const stories = groupStories(articles);
    // "Brennock shops reopen as the water goes down": the flood's names, few of its words; the
    // clustering's average over kept edges left it alone, just under the threshold it clears.
    const storm = stories.filter((story) => story.articleIds.some((id) => storyOf.get(id) === "storm_flood"));
    expect(storm).toHaveLength(1);
    expect(storm[0]?.articleIds).toHaveLength(
      articles.filter((article) => storyOf.get(article.id) === "storm_flood").length,
    );
    for (const story of stories) expect(new Set(story.articleIds.map((id) => storyOf.get(id))).size).toBe(1);
  });
});
