import { describe, expect, it } from "vitest";
import { prepareArticle } from "../../../ingest/index.js";
import { twoOutletDisputes } from "../../testing/two-outlet-disputes.js";
import { extractFacts } from "../extract-facts.js";

const disputes = (first: string, second: string) =>
  twoOutletDisputes(first, second, { day: "2036-01-12", opening: "Fog closed the motorway near Kelby on Monday." });

describe("vehicles in a crash told as a count of kinds (facts38)", () => {
  it("sets 'a pile-up of 40 cars, vans and lorries' against '33 vehicles collided'", () => {
    expect(disputes("33 vehicles collided in thick fog.", "It caused a pile-up of 40 cars, vans and lorries.")).toEqual(
      [["33", "40"]],
    );
  });

  it("never reads one kind of a list ('12 cars and a coach') as all the vehicles", () => {
    expect(
      disputes("14 vehicles collided in thick fog.", "A crash involving 12 cars and a coach closed the road."),
    ).toEqual([]);
  });

  it("reads a count in words opening a wire story after its dateline ('KELBY (Wire) — Twenty-six vehicles …')", () => {
    const facts = extractFacts(
      [
        ["Alpha News", "KELBY (Alpha News) — Twenty-six vehicles collided on the M62 on Monday."],
        ["Beta Post", "A pile-up of 35 cars, vans and lorries closed the M62 on Monday."],
      ].map(([source, text]) =>
        prepareArticle({
          input: source!,
          source: source!,
          publishedAt: "2036-01-12T10:00:00Z",
          title: "Crash",
          originalText: text!,
        }),
      ),
    );
    expect(facts.disagreements.map((item) => item.claims.map((claim) => claim.value))).toEqual([["Twenty-six", "35"]]);
  });
});
