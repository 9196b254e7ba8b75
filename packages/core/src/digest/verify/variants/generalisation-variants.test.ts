import { describe, expect, it } from "vitest";
import { checkSupport } from "../check-support.js";
import { analyzeText } from "../reading/index.js";
import { generalisationVariants } from "./generalisation-variants.js";

describe("generalisationVariants: 'the company', 'the regulator', 'officials' as the name they stand for", () => {
  const tunnel = [
    "The rail regulator Trackwatch has ordered the train operator Velo Rail to inspect 40 carriages after a door " +
      "opened on a moving train near the Ashby tunnel. " +
      "Velo Rail said it had already inspected half of them.",
    "The transport minister, Omar Haidt, said he had asked for a report by Friday. " +
      "Greystone Council said it would pay for new signs at the station.",
  ];
  const passages = tunnel.map(analyzeText);

  it("reads a description the passages give a name as that name", () => {
    expect(generalisationVariants(analyzeText("The regulator ordered more checks."), passages)).toEqual([
      "Trackwatch ordered more checks.",
    ]);
    expect(generalisationVariants(analyzeText("The company had inspected half of them."), passages)).toEqual([
      "Velo Rail had inspected half of them.",
    ]);
    expect(generalisationVariants(analyzeText("The minister asked for a report."), passages)).toEqual([
      "Omar Haidt asked for a report.",
    ]);
    expect(generalisationVariants(analyzeText("Officials will pay for new signs."), passages)).toEqual([
      "Greystone Council will pay for new signs.",
    ]);
  });

  it("does not read a name that only modifies a noun ('the Ashby tunnel') as a party", () => {
    expect(generalisationVariants(analyzeText("The tunnel was closed."), passages)).toEqual([]);
  });

  it("passes the generalisation for the right party and flags it for the wrong one", () => {
    expect(checkSupport("The company said it had already inspected half of them.", tunnel).verdict).toBe("supported");
    expect(checkSupport("The regulator said it had already inspected half of them.", tunnel).verdict).toBe(
      "unsupported",
    );
    expect(checkSupport("The council said it would pay for new signs at the station.", tunnel).verdict).toBe(
      "supported",
    );
    expect(checkSupport("The minister said it would pay for new signs at the station.", tunnel).verdict).toBe(
      "unsupported",
    );
  });
});

describe("generalisationVariants: the shorter forms the passages use for a name", () => {
  it("reads the generalisation also as the surname or 'the council' the passages write", () => {
    const passages = [
      "The physicist Dr Hana Ruiz has resigned from Corby University. " +
        "Ruiz said she had been asked to leave. " +
        "The funding body, the Science Grants Council, said it would review her grants. " +
        "The council said the review would take a month.",
    ].map(analyzeText);
    expect(generalisationVariants(analyzeText("The physicist's grants will be reviewed."), passages)).toContain(
      "Ruiz's grants will be reviewed.",
    );
    expect(generalisationVariants(analyzeText("The funding body will review her grants."), passages)).toContain(
      "the council will review her grants.",
    );
  });
});

describe("generalisationVariants: 'the' with a name's last word only for an institution", () => {
  it("does not read 'the water' for a utility named 'Avon Water'", () => {
    const passages = [
      "The utility Avon Water said the water was safe to drink. The company said tests would continue.",
    ].map(analyzeText);
    expect(generalisationVariants(analyzeText("The company said tests would continue."), passages)).toEqual([
      "Avon Water said tests would continue.",
    ]);
  });
});

describe("generalisationVariants: a nationality before the noun", () => {
  const chess = [
    "The federation has suspended the Estonian grandmaster Viktor Saar for two years. " +
      "Saar said he would appeal to the sport's court. " +
      "The tournament's winner, the Polish grandmaster Anna Wrobel, said the case had damaged the game.",
  ];
  it("reads 'the Estonian grandmaster' as the grandmaster the passage calls Estonian, and no other", () => {
    expect(checkSupport("The Estonian grandmaster said he would appeal to the sport's court.", chess).verdict).toBe(
      "supported",
    );
    expect(checkSupport("The Polish grandmaster said he would appeal to the sport's court.", chess).verdict).toBe(
      "unsupported",
    );
    expect(checkSupport("The Estonian grandmaster said the case had damaged the game.", chess).verdict).toBe(
      "unsupported",
    );
  });
});

describe("generalisationVariants for a person's category", () => {
  const SIGNING = [
    "Kelston Athletic have signed the Marbury City midfielder Tomas Brann for an undisclosed fee, the club said on Friday.",
  ];
  it("reads 'the footballer' or 'the player' as the midfielder the passage names", () => {
    expect(checkSupport("Kelston Athletic have signed the footballer for an undisclosed fee.", SIGNING).verdict).toBe(
      "supported",
    );
    expect(checkSupport("Kelston Athletic have signed the player for an undisclosed fee.", SIGNING).verdict).toBe(
      "supported",
    );
  });

  it("still flags a category that does not hold the role", () => {
    expect(checkSupport("Kelston Athletic have signed the goalkeeper for an undisclosed fee.", SIGNING).verdict).toBe(
      "unsupported",
    );
    expect(checkSupport("Kelston Athletic have signed the musician for an undisclosed fee.", SIGNING).verdict).toBe(
      "unsupported",
    );
  });
});
