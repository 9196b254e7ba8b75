import { describe, expect, it } from "vitest";
import { twoOutletDisputes } from "../../testing/two-outlet-disputes.js";
import { sizedThing, thingDimension } from "./thing-dimension.js";

const disputes = (first: string, second: string) =>
  twoOutletDisputes(first, second, { day: "2036-07-14", opening: "A storm hit Kelby on Monday." });

describe("thingDimension", () => {
  it("reads the thing a length measures before its noun, in a relative clause and after “of”", () => {
    expect(thingDimension("The ", "-foot mast was one of the tallest", "mast")).toBe("tower");
    expect(thingDimension("The balloon, which stood ", " meters tall when inflated", "rose")).toBe("balloon");
    expect(thingDimension("The mast, which rose ", " feet above the prairie", null)).toBe("tower");
    expect(thingDimension("The crane, which was ", " metres tall", null)).toBe("crane");
    expect(thingDimension("They cover about ", " miles of shoreline", null)).toBe("coast");
    expect(thingDimension("Volunteers searched a ", "-mile stretch of beach from Brewster", "stretch")).toBe("coast");
    // A modifier sizes its noun whatever verb follows; a fall or a race it sizes is no thing.
    expect(thingDimension("The ", "-metre crane fell across the site", "fell")).toBe("crane");
    expect(thingDimension("He survived a ", "-foot fall from the roof", null)).toBeNull();
    expect(thingDimension("She won the ", "-mile race on Sunday", "won")).toBeNull();
  });

  it("reads a size set in apposition to its thing and a weight in a clause about it", () => {
    expect(thingDimension("The towers, each ", " metres tall, were built in 1968", null)).toBe("towers");
    expect(thingDimension("The mast, about ", " metres high, fell", null)).toBe("tower");
    expect(thingDimension("The crane, which weighs ", " tonnes, toppled", null)).toBe("crane");
    // An apposition with no adjective of size is no size of the thing ("the road, 46 metres from").
    expect(thingDimension("The mast, about ", " metres from the road, fell", null)).toBeNull();
  });

  it("sets a crane's size as a modifier against its height in a clause, and workers on a site against those working there", () => {
    expect(
      disputes(
        "The 60-metre crane fell across the half-built office block shortly after 8am.",
        "The crane, which stood 72 metres tall, came down on the site.",
      ),
    ).toEqual([["60", "72"]]);
    expect(
      disputes(
        "About 120 workers were on the site at the time, the developer said.",
        "The 150 people working on the site that morning were led out by marshals.",
      ),
    ).toEqual([["about 120", "150"]]);
  });

  it("reads no size from a distance, a design, a flight or water under a wreck", () => {
    expect(thingDimension("It landed within ", " feet of the tower", null)).toBeNull();
    expect(thingDimension("It was designed to reach ", " feet", null)).toBeNull();
    expect(thingDimension("The crane, which was ", " metres from the road", null)).toBeNull();
    expect(thingDimension("It went down in ", " feet of water", null)).toBeNull();
  });

  it("sets one thing's size told in other words against another outlet's, never a designed size", () => {
    expect(
      disputes(
        "The 1,200-foot tower carried the signal of three stations.",
        "The mast, which rose 1,350 feet above the prairie, was the tallest structure in the county.",
      ),
    ).toEqual([["1,200-foot", "1,350 feet"]]);
    expect(
      disputes(
        "The 1,200-foot tower carried the signal of three stations.",
        "It was designed in 1979 to reach 1,500 feet, but aviation rules capped it lower.",
      ),
    ).toEqual([]);
  });

  it("sets a stretch of beach against miles of shoreline searched", () => {
    expect(
      disputes(
        "Volunteers searched a 15-mile stretch of beach at every high tide.",
        "They cover about 20 miles of shoreline on the bay side.",
      ),
    ).toEqual([["15", "about 20"]]);
  });
});

describe("thingDimension keeps what a length was read as", () => {
  it("keeps a closure's length closed, never the road's length", () => {
    expect(
      thingDimension("The landslip led to the closure of a ", "-kilometre stretch of the motorway", "closed"),
    ).toBeNull();
  });
});

describe("thingDimension: a thing named with its kind, and its size told by a verb", () => {
  it("reads the kind before a name, and a subject that stands or reaches up to a height", () => {
    expect(thingDimension("The ", "-metre container ship Nordkap Trader lost boxes", null)).toBe("ship");
    expect(thingDimension("The ", "-metre crane toppled Tuesday", null)).toBe("crane");
    expect(thingDimension("The ", " metres high", null)).toBeNull();
    expect(thingDimension("The fence stands ", " metres high", null)).toBe("fence");
    expect(thingDimension("The wheel reaches ", " metres at the top of its arc", null)).toBe("wheel");
  });

  it("never reads a thing that grows, nor a verb of being with no adjective of size", () => {
    expect(thingDimension("The crack is ", " metres long", null)).toBeNull();
    expect(thingDimension("The wheel reaches ", " metres from the road", null)).toBeNull();
    expect(thingDimension("The wall was ", " metres from the road", null)).toBeNull();
    expect(thingDimension("The wall is ", " metres long", null)).toBeNull();
    expect(thingDimension("The tornado cut a ", "-mile path through Dawes County", null)).toBe("path");
    expect(sizedThing("The tornado cut a ", "-mile path through the county")).toBeNull();
  });
});

describe("sizedThing", () => {
  it("reads a thing's own size, never a length of something a slick or a closure reached", () => {
    expect(sizedThing("The ", "-metre crane fell")).toBe("crane");
    expect(sizedThing("Oil has reached about ", " miles of shoreline")).toBeNull();
    expect(sizedThing("Crews are fighting a ", "-mile oil slick off the coast")).toBeNull();
    expect(sizedThing("The ", "-metre lava flow reached the road")).toBeNull();
    expect(sizedThing("Wreckage was strewn across ", " miles of the carriageway")).toBe("debris field");
  });
});
