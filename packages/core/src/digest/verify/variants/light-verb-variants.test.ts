import { describe, expect, it } from "vitest";
import { checkSupport } from "../check-support.js";
import { analyzeText } from "../reading/index.js";
import { lightVerbVariants } from "./light-verb-variants.js";

describe("lightVerbVariants: a light verb and its noun as the verb a passage uses", () => {
  const museum =
    "The Trevane Museum has apologised to the family of the painter Ida Roos for mislabelling her work. " +
    "The museum said it would review the labels of 400 paintings.";

  it("reads 'made an apology to' as 'apologised to' and 'carry out a review of' as 'review'", () => {
    const passages = [analyzeText(museum)];
    expect(lightVerbVariants(analyzeText("The museum made an apology to the family."), passages)).toEqual([
      "The museum apologised to the family.",
    ]);
    expect(lightVerbVariants(analyzeText("It will carry out a review of the labels."), passages)).toEqual([
      "It will review the labels.",
    ]);
  });

  it("leaves a light verb whose noun no passage tells as a verb", () => {
    expect(
      lightVerbVariants(analyzeText("The museum gave its approval to the labels."), [analyzeText(museum)]),
    ).toEqual([]);
  });

  it("passes the rewrite and still flags a light verb with the wrong object", () => {
    expect(checkSupport("The Trevane Museum made an apology to the family of Ida Roos.", [museum]).verdict).toBe(
      "supported",
    );
    expect(
      checkSupport("The museum said it would carry out a review of the labels of 400 paintings.", [museum]).verdict,
    ).toBe("supported");
    expect(checkSupport("The Trevane Museum made an apology to the painter's gallery.", [museum]).verdict).toBe(
      "unsupported",
    );
  });
});

describe("lightVerbVariants: a determiner that says something stays", () => {
  it("does not read 'made no apology' as 'apologised'", () => {
    const passage = analyzeText("The museum has apologised to the family.");
    expect(lightVerbVariants(analyzeText("The museum made no apology to the family."), [passage])).toEqual([]);
  });
});

describe("lightVerbVariants: a light verb's participle before 'by'", () => {
  const passage = "Checks by the Tarran fire service found 12 faulty alarms at the Lynden flats.";

  it("reads 'checks carried out by' as 'checks by'", () => {
    expect(
      lightVerbVariants(analyzeText("Checks carried out by the Tarran fire service found 12 faulty alarms."), [
        analyzeText(passage),
      ]),
    ).toEqual(["Checks by the Tarran fire service found 12 faulty alarms."]);
    expect(
      checkSupport("Checks carried out by the Tarran fire service found 12 faulty alarms at the Lynden flats.", [
        passage,
      ]).verdict,
    ).toBe("supported");
    expect(
      checkSupport("Checks carried out by the Tarran police found 12 faulty alarms at the Lynden flats.", [passage])
        .verdict,
    ).toBe("unsupported");
  });
});

describe("lightVerbVariants: an amount before the noun", () => {
  const passage = "Harwick Council has fined the Anchor bar £4,000 for breaching its licence.";

  it("reads 'imposed a £4,000 fine on X' as 'fined X £4,000'", () => {
    expect(
      lightVerbVariants(analyzeText("The council imposed a £4,000 fine on the Anchor bar."), [analyzeText(passage)]),
    ).toEqual(["The council fined the Anchor bar £4,000."]);
    expect(
      checkSupport("Harwick Council imposed a £4,000 fine on the Anchor bar for breaching its licence.", [passage])
        .verdict,
    ).toBe("supported");
    expect(
      checkSupport("Harwick Council imposed a £40,000 fine on the Anchor bar for breaching its licence.", [passage])
        .verdict,
    ).toBe("unsupported");
  });
});
