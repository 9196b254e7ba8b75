import { describe, expect, it } from "vitest";
import { prepareArticle } from "../../../ingest/index.js";
import type { ArticleDraft } from "../../../model/index.js";
import { extractFacts } from "../extract-facts.js";

function draft(source: string, publishedAt: string, originalText: string): ArticleDraft {
  return { input: source, source, publishedAt, title: `${source} report`, originalText };
}

const disagreementsOf = (...drafts: ArticleDraft[]) =>
  extractFacts(drafts.map((item) => prepareArticle(item))).disagreements.map((found) => ({
    topic: found.topic,
    claims: found.claims.map((claim) => [claim.value, claim.outlets]),
  }));

describe("findTallyDisagreements: outlets' counts of one vote", () => {
  it("sets two outlets' tallies of the same chamber's vote on the same day against each other", () => {
    expect(
      disagreementsOf(
        draft(
          "Capitol Wire",
          "2026-10-01T23:45:00Z",
          "Lawmakers met.\n\nThe House approved the budget 64-35 on Thursday morning and the Senate 27-12 in the afternoon.",
        ),
        draft(
          "Valley Times",
          "2026-10-02T12:00:00Z",
          "Lawmakers met.\n\nThe Senate passed the state's budget 26-13 on Thursday afternoon.\n\nThe House vote was 64-35.",
        ),
      ),
    ).toEqual([
      {
        topic: "the Senate vote",
        claims: [
          ["27-12", ["Capitol Wire"]],
          ["26-13", ["Valley Times"]],
        ],
      },
    ]);
  });

  it("reads a tally told as votes to votes or by its two sides, in a parliament named in lower case", () => {
    expect(
      disagreementsOf(
        draft(
          "Nordic Wire",
          "2027-03-17T16:30:00Z",
          "Parliament met.\n\nPrime Minister Tomas Lindqvist lost a vote of no confidence in parliament on Wednesday, with 181 lawmakers voting against him and 165 in his favour.",
        ),
        draft(
          "Morning Post",
          "2027-03-18T06:00:00Z",
          "Parliament met.\n\nThe government fell on Wednesday when parliament passed a motion of no confidence by 183 votes to 163.",
        ),
      ),
    ).toEqual([
      {
        topic: "the parliament vote",
        claims: [
          ["181 lawmakers voting against him and 165 in his favour", ["Nordic Wire"]],
          ["183 votes to 163", ["Morning Post"]],
        ],
      },
    ]);
    // The same count told both ways is no disagreement; "rose from 12 votes to 15" is no tally.
    expect(
      disagreementsOf(
        draft(
          "Nordic Wire",
          "2027-03-17T16:30:00Z",
          "Parliament met.\n\nThe motion passed on Wednesday by 183 votes to 163.",
        ),
        draft(
          "Morning Post",
          "2027-03-18T06:00:00Z",
          "Parliament met.\n\nThe government lost in parliament on Wednesday, with 183 lawmakers voting against it and 163 in its favour.",
        ),
      ),
    ).toEqual([]);
  });

  it("leaves votes of different days, scores and ranges alone", () => {
    expect(
      disagreementsOf(
        draft(
          "Capitol Wire",
          "2026-09-28T21:00:00Z",
          "Talks stalled.\n\nThe state Senate on Monday rejected the House's spending plan by a vote of 22-17.",
        ),
        draft(
          "Valley Times",
          "2026-10-02T12:00:00Z",
          "Talks ended.\n\nThe Senate passed the budget 26-13 on Thursday.\n\nThe Rovers beat the Senate club 3-1 on Thursday, and 30-40 staff voted by post.",
        ),
      ),
    ).toEqual([]);
  });

  it("does not read an outlet's two tallies of one day as a dispute: they are two votes", () => {
    expect(
      disagreementsOf(
        draft(
          "Capitol Wire",
          "2026-10-01T23:45:00Z",
          "Lawmakers met.\n\nThe Senate voted 27-12 on Thursday to end debate, then passed the bill 26-13.",
        ),
        draft(
          "Valley Times",
          "2026-10-02T12:00:00Z",
          "Lawmakers met.\n\nThe Senate passed the bill 26-13 on Thursday.",
        ),
      ),
    ).toEqual([]);
  });

  it("gives a tally whose sentence names no body to the one body voting that day, never to one of two", () => {
    const herald = draft(
      "Provincial Herald",
      "2027-11-11T20:30:00Z",
      "The premier spoke.\n\nPremier Elena Varga's government survived a no-confidence vote in the Westmark assembly on Thursday, with 39 members voting for the motion and 41 against.",
    );
    const today = draft(
      "Westmark Today",
      "2027-11-12T07:45:00Z",
      "The premier spoke.\n\nVarga's minority government narrowly survived Thursday night's confidence vote, 39 to 40, with one member abstaining.",
    );
    expect(disagreementsOf(herald, today)).toEqual([
      {
        topic: "the Westmark vote",
        claims: [
          ["39 members voting for the motion and 41 against", ["Provincial Herald"]],
          ["39 to 40", ["Westmark Today"]],
        ],
      },
    ]);
    // The Senate and the House both voted that Thursday: the unnamed tally could be either's.
    const capitol = draft(
      "Capitol Wire",
      "2027-11-11T23:45:00Z",
      "Lawmakers met.\n\nThe House approved the budget 64-35 on Thursday morning and the Senate 27-12 in the afternoon.",
    );
    const valley = draft(
      "Valley Times",
      "2027-11-12T12:00:00Z",
      "Lawmakers met.\n\nThe budget survived Thursday's vote, 26 to 13.",
    );
    expect(disagreementsOf(capitol, valley)).toEqual([]);
    // An amendment voted that day is not the bill.
    const amendment = draft(
      "Capitol Wire",
      "2027-11-11T23:45:00Z",
      "Lawmakers met.\n\nThe Westmark assembly rejected the amendment 45-35 on Thursday.",
    );
    const bill = draft(
      "Valley Times",
      "2027-11-12T12:00:00Z",
      "Lawmakers met.\n\nThe bill passed Thursday's vote, 44 to 36.",
    );
    expect(disagreementsOf(amendment, bill)).toEqual([]);
  });
});

describe("findTallyDisagreements: a council's vote, told the next morning with no day", () => {
  const evening = draft(
    "Town Echo",
    "2035-09-20T22:00:00Z",
    "Councillors met.\n\nCouncillors voted 31 to 24 on Thursday to close five libraries.",
  );
  const morning = (text: string) => draft("County Radio", "2035-09-21T08:00:00Z", `The decision is in.\n\n${text}`);

  it("sets the next morning's count against the evening's", () => {
    expect(
      disagreementsOf(evening, morning("Brenford council voted by 31 votes to 23 to approve the closures.")),
    ).toEqual([
      {
        topic: "the council vote",
        claims: [
          ["31 to 24", ["Town Echo"]],
          ["31 votes to 23", ["County Radio"]],
        ],
      },
    ]);
  });

  it("leaves the same count, and another body's vote, alone", () => {
    expect(
      disagreementsOf(evening, morning("Brenford council voted by 31 votes to 24 to approve the closures.")),
    ).toEqual([]);
    expect(disagreementsOf(evening, morning("The county's planning board voted 9 to 4 to approve the flats."))).toEqual(
      [],
    );
  });
});
