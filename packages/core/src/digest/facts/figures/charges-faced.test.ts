import { describe, expect, it } from "vitest";
import { prepareArticle } from "../../../ingest/index.js";
import { extractFacts } from "../extract-facts.js";

const values = (...texts: ReadonlyArray<readonly [string, string, string]>) =>
  extractFacts(
    texts.map(([source, publishedAt, originalText]) =>
      prepareArticle({ input: source, source, publishedAt, title: `${source} report`, originalText }),
    ),
  ).disagreements.map((item) => item.claims.map((claim) => claim.value).sort());

describe("chargesFacedOf, through the story's disagreements", () => {
  it("sets a count of charges as an adjective against one counted by its noun", () => {
    expect(
      values(
        [
          "Capital Wire",
          "2029-04-02T09:00:00Z",
          "The former mayor faces a 9-count indictment over the harbour land deal.",
        ],
        ["City Journal", "2029-04-02T15:00:00Z", "The former mayor was indicted on 12 counts of extortion and fraud."],
      ),
    ).toEqual([["12", "9"]]);
    expect(
      values(
        ["Capital Wire", "2029-04-02T09:00:00Z", "Okafor pleaded not guilty to 7 charges of wire fraud."],
        ["City Journal", "2029-04-02T15:00:00Z", "Okafor is charged with 10 counts of wire fraud."],
      ),
    ).toEqual([["10", "7"]]);
  });

  it("reads the charges a person is arraigned on, on trial on, or an indictment lists, as those brought", () => {
    const adjective = [
      "Capital Wire",
      "2029-04-02T09:00:00Z",
      "The former mayor faces a 12-count indictment.",
    ] as const;
    for (const text of [
      "The former mayor was arraigned on 11 counts of extortion.",
      "The former mayor is on trial on 11 counts of extortion.",
      "The indictment lists 11 counts against the former mayor.",
    ])
      expect(values(adjective, ["City Journal", "2029-04-02T15:00:00Z", text]), text).toEqual([["11", "12"]]);
  });

  it("reads an indictment's count whatever verb follows it, a plea with its day before the charges, and charges as standing whichever day they are counted", () => {
    expect(
      values(
        ["Capital Wire", "2032-05-12T10:00:00Z", "The 12-count indictment accuses Okafor of taking bribes."],
        [
          "City Journal",
          "2032-05-14T21:00:00Z",
          "Okafor pleaded not guilty on Friday to 11 counts of bribery and fraud.",
        ],
      ),
    ).toEqual([["11", "12"]]);
  });

  it("sets counts a court convicted on, in words or digits, against each other, never against those brought", () => {
    expect(
      values(
        [
          "Capital Wire",
          "2033-06-10T15:00:00Z",
          "A Madrid court on Friday found Marco Vieri guilty of four counts of tax fraud and sentenced him to 22 months in prison.",
        ],
        ["City Journal", "2033-06-10T21:00:00Z", "Vieri was convicted on Friday of three counts of tax fraud."],
      ),
    ).toEqual([["four", "three"]]);
    expect(
      values(
        ["Capital Wire", "2033-06-10T15:00:00Z", "Vieri was convicted on Friday of 4 counts of tax fraud."],
        ["City Journal", "2033-06-10T21:00:00Z", "Vieri had been charged with 6 counts of tax fraud."],
      ),
    ).toEqual([]);
  });

  it("never sets two named people's charges against each other; charges with no name join the one name given", () => {
    expect(
      values(
        ["Capital Wire", "2029-04-02T09:00:00Z", "Marsh faces 12 charges of fraud."],
        ["City Journal", "2029-04-02T15:00:00Z", "Keane faces 15 charges of fraud."],
      ),
    ).toEqual([]);
    expect(
      values(
        ["Capital Wire", "2029-04-02T09:00:00Z", "The former mayor faces a 12-count indictment."],
        ["City Journal", "2029-04-02T15:00:00Z", "Ortiz, 61, was arraigned on 11 counts of bribery."],
      ),
    ).toEqual([["11", "12"]]);
  });

  it("never sets the charges brought against counts a jury convicted on, acquitted on or prosecutors dropped", () => {
    const charged = ["Capital Wire", "2029-04-02T09:00:00Z", "The former mayor faces a 12-count indictment."] as const;
    expect(
      values(charged, ["City Journal", "2029-04-02T15:00:00Z", "The jury convicted the former mayor on 9 counts."]),
    ).toEqual([]);
    expect(
      values(charged, [
        "City Journal",
        "2029-04-02T15:00:00Z",
        "Prosecutors dropped 10 counts against the former mayor.",
      ]),
    ).toEqual([]);
  });
});
