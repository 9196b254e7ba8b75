import { describe, expect, it } from "vitest";
import { prepareArticle } from "../../../ingest/index.js";
import { extractFacts } from "../extract-facts.js";
import { partsOfWholes } from "./part-of-whole.js";

/** The figures of one sentence read through partsOfWholes, as "value unit event". */
function read(sentence: string): string[] {
  const article = prepareArticle({ input: "part.txt", title: null, originalText: sentence });
  return partsOfWholes(extractFacts([article]).numbers).map(
    (mention) => `${mention.value} ${mention.unit} ${mention.event}`,
  );
}

describe("partsOfWholes", () => {
  it("reads a whole told first, the part after a comma, as a part of that whole", () => {
    expect(read("Of the 180 homes in the park, 40 were destroyed, the county said on Tuesday.")).toEqual([
      "180 home has",
      "40 home destroyed",
    ]);
    expect(read("Of the 212 whales, 90 have died.")).toEqual(["212 whale has", "90 whale killed"]);
    expect(read("Of its 2,600 drivers, about 1,200 joined the walkout.")).toEqual([
      "2600 driver has",
      "1200 driver struck",
    ]);
  });

  it("leaves a fronted count of the event itself, and a larger figure after the comma, as they are", () => {
    expect(read("Of the 12 people killed, 3 were children.")[0]).toBe("12 people killed");
    expect(read("Of the 40 passengers, 52 were later traced.")).not.toContain("40 passenger has");
  });

  it("reads a part of a fleet told as the owner's 'fleet of' its whole", () => {
    expect(read("Nineteen of the garage's fleet of 70 buses were destroyed.")).toEqual([
      "19 bus destroyed",
      "70 bus has",
    ]);
  });

  it("reads a part told after its whole in the usual order as before", () => {
    expect(read("At least 40 of the park's 180 homes were destroyed.")).toEqual(["40 home destroyed", "180 home has"]);
  });
});
