import { describe, expect, it } from "vitest";
import { findMisattributedFigures } from "./find-misattributed-figures.js";

const disagreements = [
  {
    topic: "hostages to be released",
    claims: [
      { value: "35", passageIds: ["P1"], outlets: ["AP"] },
      { value: "about 40", passageIds: ["P2"], outlets: ["The Guardian", "Reuters"] },
    ],
  },
];

describe("findMisattributedFigures", () => {
  it("lets each side stand with its own outlet, wherever the attribution sits in its clause", () => {
    for (const text of [
      "AP counted 35 hostages, while Reuters put the figure at about 40.",
      "35 hostages, according to AP, and about 40, according to the Guardian.",
      "Guardian reporters counted about 40; AP counted 35.",
      "35 hostages would be freed in the first phase.",
    ])
      expect(findMisattributedFigures(text, disagreements), text).toEqual([]);
  });

  it("flags a side given to another side's outlet", () => {
    expect(
      findMisattributedFigures("Reuters counted 35 hostages, while AP put the figure at 40.", disagreements),
    ).toEqual([
      "gives 35 (hostages to be released) to Reuters, which gives another figure; AP gives 35",
      "gives 40 (hostages to be released) to AP, which gives another figure; The Guardian and Reuters gives 40",
    ]);
  });

  it("judges nothing where the facts name no outlet for a side", () => {
    const unsourced = [
      { ...disagreements[0]!, claims: disagreements[0]!.claims.map(({ outlets: _, ...claim }) => claim) },
    ];
    expect(findMisattributedFigures("Reuters counted 35 hostages.", unsourced)).toEqual([]);
  });
});
