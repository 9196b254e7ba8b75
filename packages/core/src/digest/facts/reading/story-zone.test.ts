import { describe, expect, it } from "vitest";
import { prepareArticle } from "../../../ingest/index.js";
import { storyZone } from "./story-zone.js";

const article = (originalText: string, title = "A report") =>
  prepareArticle({ input: "test", title, originalText, publishedAt: "2026-03-02T20:00:00Z" });

describe("storyZone reads where a story happens from the places its articles name", () => {
  it("takes a dateline's place, in capitals or with a state's abbreviation", () => {
    expect(storyZone([article("BRISBANE, Australia (Reuters) — The river peaked at 4.1 metres overnight.")])).toBe(
      "Australia/Brisbane",
    );
    expect(storyZone([article("HARRISBURG, Pa. (AP) — The Senate passed the bill after a week of talks.")])).toBe(
      "America/New_York",
    );
  });

  it("reads the longest name (“New South Wales” is no Wales) and a place named twice in the body", () => {
    expect(
      storyZone([article("Fires burned across New South Wales. Crews from New South Wales and Sydney held the line.")]),
    ).toBe("Australia/Sydney");
  });

  it("tells none from a single demonym, nor when an article's places are as much in one zone as another", () => {
    expect(storyZone([article("A German-owned haulage firm said the lorry had been serviced in the spring.")])).toBe(
      null,
    );
    expect(storyZone([article("Flights from Paris and Tokyo were held. Paris and Tokyo airports stayed open.")])).toBe(
      null,
    );
  });

  it("takes the zone more than half of the articles that name a place tell", () => {
    const toronto = article("TORONTO — Ontario's transit agency said the line would reopen on Monday.");
    const london = article("LONDON — The British operator of the line said it had sent engineers.");
    const none = article("The line carries 90,000 passengers a day.");
    const ottawa = article("OTTAWA — Transit officials in Ontario said the line would reopen next week.");
    expect(storyZone([toronto, ottawa, london, none])).toBe("America/Toronto");
    expect(storyZone([toronto, london, none])).toBe(null);
  });
});
