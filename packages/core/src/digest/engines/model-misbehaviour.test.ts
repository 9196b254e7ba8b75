import type { Digest } from "@roundup/prompts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareArticle } from "../../ingest/index.js";
import type { Article, Story } from "../../model/index.js";
import { findPublishBlockers } from "../../review/index.js";
import { generateDigest } from "../generate-digest.js";
import { chatCompletion, sendJson, startFakeServer } from "../testing/fake-openai-server.js";
import { labourDisputeArticles } from "../testing/labour-dispute-articles.js";
import { portStrikeArticles } from "../testing/port-strike-story.js";
import { createModelFromConfig } from "./create-model-from-config.js";
import { createLlmEngine } from "./llm-engine.js";

/**
 * A scripted model that misbehaves, through a fake OpenAI-compatible server, end to end: the llm
 * engine, generateDigest's verification and the publish gate. Each answer is written from the
 * passages the prompt gave (found by their words, as their ids depend on the evidence).
 */

type Passage = { id: string; text: string; olderThan: string[] };
type Answer = (passages: Passage[]) => unknown;

function passagesOf(user: string): Passage[] {
  return [...user.matchAll(/<passage id="(P\d+)"(?: older-than="([^"]*)")?>([\s\S]*?)<\/passage>/g)].map((match) => ({
    id: match[1]!,
    olderThan: match[2]?.split(" ") ?? [],
    text: match[3]!.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&"),
  }));
}

function find(passages: Passage[], words: string): Passage {
  const passage = passages.find((candidate) => candidate.text.includes(words));
  if (!passage) throw new Error(`no passage holds "${words}"`);
  return passage;
}

const strike = portStrikeArticles();
const quotes = [
  prepareArticle({
    input: "vote.txt",
    source: "Norland Radio",
    title: "Dockworkers vote to end strike",
    publishedAt: "2025-03-12T07:00:00Z",
    originalText: [
      "Dockworkers at the Port of Halden voted on Tuesday to accept a 6 percent raise, ending a nine-day strike.",
      "“This is a fair result for workers who keep the country's trade moving,” union leader Mara Solvik said after the vote.",
      "The transport minister urged the port authority to settle future disputes before they reach a strike.",
    ].join("\n\n"),
  }),
];
const storyOf = (id: string, articles: Article[]): Story => ({
  id,
  label: "Halden port strike",
  articleIds: articles.map((article) => article.id),
  startAt: null,
  endAt: null,
});

describe("what code catches when a model misbehaves (llm engine, fake OpenAI-compatible server)", () => {
  let server: Awaited<ReturnType<typeof startFakeServer>>;
  let answer: Answer = () => ({});
  /** The user message of the last call: what the model was shown. */
  let lastUser = "";
  beforeAll(async () => {
    server = await startFakeServer(async (request, response) => {
      const body = JSON.parse(request.body) as { model: string; messages: Array<{ role: string; content: string }> };
      const user = body.messages.find((message) => message.role === "user")?.content ?? "";
      lastUser = user;
      const value = answer(passagesOf(user));
      sendJson(response, 200, chatCompletion(body.model, typeof value === "string" ? value : JSON.stringify(value)));
    });
  });
  afterAll(() => server.close());

  const run = (articles: Article[], script: Answer): Promise<Digest> => {
    answer = script;
    return generateDigest({
      story: storyOf("strike", articles),
      articles,
      engine: createLlmEngine({
        model: createModelFromConfig({ provider: "openai-compatible", baseURL: `${server.url}/v1`, model: "fake" }),
        maxRetries: 0,
      }),
    });
  };
  /** The strike's end, as the passages tell it: what a well-behaved model leads with. */
  const ending = (passages: Passage[]) => {
    const ended = find(passages, "nine-day strike");
    return { text: ended.text, passageIds: [ended.id] };
  };
  const headline = (passages: Passage[]) => ({
    headline: "Halden dockworkers accept a 6 percent raise, ending their strike",
    headlinePassageIds: [find(passages, "nine-day strike").id],
  });
  const blocked = (digest: Digest) => findPublishBlockers(digest).map((blocker) => blocker.label);

  it("marks the older statements of the strike story older-than the later ones (the ground of the next checks)", async () => {
    let seen: Passage[] = [];
    await run(strike, (passages) => {
      seen = passages;
      return { ...headline(passages), sentences: [ending(passages)], keyPoints: [] };
    });
    const offer = find(seen, "proposed a 4 percent raise");
    expect(offer.olderThan).toContain(find(seen, "nine-day strike").id);
    expect(find(seen, "At least 40 cargo ships").olderThan.length).toBeGreaterThan(0);
  });

  it("flags an earlier report told as current, alone or before the later news, and blocks publishing", async () => {
    const digest = await run(strike, (passages) => {
      const offer = find(passages, "proposed a 4 percent raise");
      const ships = find(passages, "At least 40 cargo ships");
      return {
        ...headline(passages),
        sentences: [
          // A copy of the offer, leading the summary: the later news comes only after it.
          { text: offer.text, passageIds: [offer.id] },
          ending(passages),
          // The older toll of ships, in the present perfect: still "have been held".
          { text: ships.text, passageIds: [ships.id] },
        ],
        keyPoints: [],
      };
    });
    const [offer, ended, ships] = digest.summary;
    expect(offer?.verification?.status).toBe("unsupported");
    expect(offer?.verification?.reasons.join(" ")).toMatch(
      /tells an earlier report .*proposed a 4 percent raise.* as current, though a later one supersedes it .*nine-day strike/,
    );
    expect(ended?.verification?.status).toBe("verified");
    expect(ships?.verification?.reasons.join(" ")).toMatch(/tells an earlier report .*40 cargo ships/);
    expect(blocked(digest)).toEqual(["Summary sentence 1", "Summary sentence 3"]);
  });

  it("lets an earlier report stand in the past tense after the later news, as summarize@5 asks", async () => {
    const digest = await run(strike, (passages) => {
      const offer = find(passages, "proposed a 4 percent raise");
      const rejected = find(passages, "rejected the port authority's 4 percent offer");
      return {
        ...headline(passages),
        sentences: [
          ending(passages),
          { text: offer.text, passageIds: [offer.id] },
          { text: rejected.text, passageIds: [rejected.id] },
        ],
        keyPoints: [],
      };
    });
    expect(digest.summary.map((sentence) => sentence.verification?.status)).toEqual([
      "verified",
      "verified",
      "verified",
    ]);
    expect(blocked(digest)).toEqual([]);
  });

  it("flags a present-tense rewording of an earlier report even after the later news", async () => {
    const digest = await run(strike, (passages) => {
      const offer = find(passages, "proposed a 4 percent raise");
      return {
        ...headline(passages),
        sentences: [
          ending(passages),
          {
            text: "The Halden port authority has proposed a 4 percent raise for striking dockworkers.",
            passageIds: [offer.id],
          },
        ],
        keyPoints: [],
      };
    });
    expect(digest.summary[1]?.verification?.reasons.join(" ")).toMatch(/as current.*tell it in the past tense/);
  });

  it("flags the earlier figure stated as current even when the later report is cited beside it", async () => {
    const digest = await run(strike, (passages) => {
      const ships = find(passages, "At least 40 cargo ships");
      const later = passages.find((passage) => ships.olderThan.includes(passage.id))!;
      return {
        ...headline(passages),
        sentences: [
          ending(passages),
          {
            text: "At least 40 cargo ships are held at anchor outside the harbour, and the harbour master said they would be unloaded within a week.",
            passageIds: [ships.id, later.id],
          },
          {
            text: "At least 40 cargo ships had been held at anchor outside the harbour, and the harbour master said they would be unloaded within a week.",
            passageIds: [ships.id, later.id],
          },
        ],
        keyPoints: [],
      };
    });
    expect(digest.summary[1]?.modelFaults?.[0]).toMatch(/^states the earlier figure 40 .* as current/);
    expect(digest.summary[2]?.modelFaults).toBeUndefined();
  });

  it("flags a headline that rests on an earlier report only", async () => {
    const digest = await run(strike, (passages) => ({
      headline: "Port authority proposes 4 percent raise for striking dockworkers",
      headlinePassageIds: [find(passages, "proposed a 4 percent raise").id],
      sentences: [ending(passages)],
      keyPoints: [],
    }));
    expect(digest.headlineVerification?.status).toBe("unsupported");
    expect(digest.headlineVerification?.reasons.join(" ")).toMatch(
      /rests on an earlier report .* a headline says how the story stands now/,
    );
    expect(blocked(digest)).toEqual(["Headline"]);
  });

  it("flags invented, altered and misattributed quotations", async () => {
    const digest = await run(quotes, (passages) => {
      const quoted = find(passages, "fair result");
      const minister = find(passages, "transport minister");
      return {
        headline: "Dockworkers vote to accept a 6 percent raise",
        headlinePassageIds: [find(passages, "voted on Tuesday").id],
        sentences: [
          {
            text: "Union leader Mara Solvik called the deal “a victory for every dockworker”.",
            passageIds: [quoted.id],
          },
          { text: "Mara Solvik said it was “a fair deal for workers”.", passageIds: [quoted.id] },
          // The words are Solvik's; the minister is named in another cited passage.
          {
            text: "“This is a fair result for workers who keep the country's trade moving,” the transport minister said.",
            passageIds: [quoted.id, minister.id],
          },
          {
            text: "The transport minister called the vote “a fair result for workers who keep the country's trade moving”.",
            passageIds: [minister.id, quoted.id],
          },
          // Right words, right speaker: passes.
          {
            text: "Union leader Mara Solvik said: “This is a fair result for workers who keep the country's trade moving.”",
            passageIds: [quoted.id],
          },
        ],
        keyPoints: [],
      };
    });
    const reasons = digest.summary.map((sentence) => sentence.verification?.reasons.join(" ") ?? "");
    expect(reasons[0]).toMatch(/quoted words "a victory for every dockworker" are not verbatim/);
    expect(reasons[1]).toMatch(/quoted words "a fair deal for workers" are not verbatim/);
    expect(reasons[2]).toMatch(
      /the passage gives these words to union leader Mara Solvik; the sentence gives them to transport minister/,
    );
    expect(reasons[3]).toMatch(
      /the passage gives these words to union leader Mara Solvik; the sentence gives them to transport minister/,
    );
    expect(digest.summary[4]?.verification?.status).toBe("verified");
    expect(blocked(digest)).toEqual([
      "Summary sentence 1",
      "Summary sentence 2",
      "Summary sentence 3",
      "Summary sentence 4",
    ]);
  });

  it("flags figures and dates the cited passages do not give", async () => {
    const digest = await run(strike, (passages) => {
      const ships = find(passages, "At least 40 cargo ships");
      const ended = find(passages, "nine-day strike");
      const cost = find(passages, "2 million crowns");
      return {
        ...headline(passages),
        sentences: [
          ending(passages),
          {
            text: "At least 35 cargo ships were held at anchor outside the harbour on Saturday.",
            passageIds: [ended.id, ships.id],
          },
          {
            text: "The strike ended on Wednesday after dockworkers voted to accept a 7 percent raise.",
            passageIds: [ended.id],
          },
          {
            text: "Timber exporters said the strike was costing them about 3 million crowns a day.",
            passageIds: [cost.id],
          },
          { text: "The strike at the Port of Halden ended on March 14, 2024.", passageIds: [ended.id] },
        ],
        keyPoints: [],
      };
    });
    const reasons = digest.summary.map((sentence) => sentence.verification?.reasons.join(" ") ?? "");
    expect(reasons[1]).toContain("the sentence says 35; the cited passage says 40");
    expect(reasons[2]).toMatch(/7 percent/);
    expect(reasons[2]).toMatch(/Wednesday/);
    expect(reasons[3]).toContain("the sentence says 3 million; the cited passage says 2 million");
    expect(reasons[4]).toMatch(/March 14/);
    expect(blocked(digest)).toHaveLength(4);
  });

  it("flags an invented passage id beside a valid one and a passage that does not say it", async () => {
    const digest = await run(strike, (passages) => {
      const cranes = find(passages, "Cranes were moving");
      return {
        ...headline(passages),
        sentences: [
          ending(passages),
          { text: cranes.text, passageIds: [cranes.id, "P99"] },
          { text: cranes.text, passageIds: [find(passages, "2 million crowns").id] },
        ],
        keyPoints: [],
      };
    });
    expect(digest.summary[1]?.verification?.reasons).toContain("cites passage P99, which the model was never given");
    expect(digest.summary[2]?.verification?.status).toBe("unsupported");
  });

  it("flags a headline that is a label, has no verb, or is left blank (the story's label stands in)", async () => {
    const labels = ["Halden Port Strike: Live Updates", "Dockworkers' strike at the Port of Halden", " "];
    const reasons: string[] = [];
    for (const label of labels) {
      const digest = await run(strike, (passages) => ({
        headline: label,
        headlinePassageIds: [find(passages, "nine-day strike").id],
        sentences: [ending(passages)],
        keyPoints: [],
      }));
      expect(digest.headlineVerification?.status, label).toBe("unsupported");
      expect(blocked(digest)).toEqual(["Headline"]);
      reasons.push(digest.headlineVerification?.reasons[0] ?? "");
    }
    expect(reasons).toEqual([
      'reads as a section label ("Live Updates"), not news',
      "has no verb: it names a topic instead of saying what happened",
      "has no verb: it names a topic instead of saying what happened",
    ]);
  });

  it("flags a refusal or a repeated sentence inside a valid answer", async () => {
    const digest = await run(strike, (passages) => ({
      ...headline(passages),
      sentences: [
        ending(passages),
        ending(passages),
        { text: "I'm sorry, but I can't summarize the rest of these articles.", passageIds: [passages[0]!.id] },
      ],
      keyPoints: [],
    }));
    expect(digest.summary[1]?.verification?.reasons).toContain(
      "repeats an earlier statement of the digest word for word",
    );
    expect(digest.summary[2]?.verification?.reasons).toContain(
      "reads as the model declining or commenting on the task, not as news",
    );
    expect(blocked(digest)).toEqual(["Summary sentence 2", "Summary sentence 3"]);
  });

  it("tells the model who gives each side of a disagreement, and flags a side given to the wrong outlet", async () => {
    const labour = labourDisputeArticles();
    const sides = (passages: Passage[], first: string, second: string, together: boolean) => {
      const gazette = find(passages, "About 3,200 dockworkers walked out");
      const post = find(passages, "According to the union, 3,800 dockworkers");
      const firstSide = `The ${first} said about 3,200 dockworkers walked out on Monday`;
      const secondSide = `the ${second} said 3,800 dockworkers walked out on Monday`;
      return {
        headline: "About 3,200 dockworkers walked out at the Port of Calder on Monday",
        headlinePassageIds: [gazette.id],
        sentences: together
          ? [{ text: `${firstSide}, while ${secondSide}.`, passageIds: [gazette.id, post.id] }]
          : [
              {
                text: `About 3,200 dockworkers walked out at the Port of Calder on Monday, halting container traffic, the ${first} reported.`,
                passageIds: [gazette.id],
              },
              {
                text: `According to the union, 3,800 dockworkers walked out on Monday, the ${second} reported.`,
                passageIds: [post.id],
              },
            ],
        keyPoints: [],
      };
    };
    const right = await run(labour, (passages) => sides(passages, "Harbour Gazette", "Coastal Post", false));
    expect(lastUser).toMatch(
      /about 3,200 reported by Harbour Gazette \(P\d+\) vs 3,800 reported by Coastal Post \(P\d+\)/,
    );
    // Each outlet named is its own passage's: no fault, and an outlet's name is no invented name.
    for (const sentence of right.summary) {
      expect(sentence.modelFaults).toBeUndefined();
      expect(sentence.verification).toMatchObject({ status: "verified", reasons: [] });
    }

    // Both passages cited, so both names are known: only the sides' outlets tell the swap.
    const swapped = await run(labour, (passages) => sides(passages, "Coastal Post", "Harbour Gazette", true));
    expect(swapped.summary[0]?.verification?.status).toBe("unsupported");
    expect(swapped.summary[0]?.modelFaults).toEqual([
      "gives 3,200 (dockworkers on strike on Monday) to Coastal Post, which gives another figure; Harbour Gazette gives 3,200",
      "gives 3,800 (dockworkers on strike on Monday) to Harbour Gazette, which gives another figure; Coastal Post gives 3,800",
    ]);
    expect(blocked(swapped)).toContain("Summary sentence 1");
  });

  it("stores nothing for a blank summary or a refusal, with an error that says which", async () => {
    await expect(
      run(strike, (passages) => ({
        ...headline(passages),
        sentences: [{ text: "  ", passageIds: ["P1"] }],
        keyPoints: [],
      })),
    ).rejects.toMatchObject({ code: "MODEL_OUTPUT_INVALID", message: expect.stringMatching(/wrote no summary/) });
    await expect(run(strike, () => "I'm sorry, but I can't help with that.")).rejects.toMatchObject({
      code: "MODEL_OUTPUT_INVALID",
      message: expect.stringMatching(/declined to write the digest \(summarize@7\) twice: "I'm sorry/),
    });
    await expect(run(strike, () => "{not json")).rejects.toMatchObject({
      code: "MODEL_OUTPUT_INVALID",
      message: expect.stringMatching(/twice returned an answer that does not match summarize@7: JSON parsing failed/),
    });
  });
});
