import { describe, expect, it } from "vitest";
import { presentPerfectReport } from "./present-perfect-report.js";

describe("presentPerfectReport", () => {
  it("finds news told in the present perfect in a main clause", () => {
    expect(presentPerfectReport("Two boys, aged 14 and 15, have been arrested on suspicion of arson.")).toBe(true);
    expect(presentPerfectReport("The number of passengers who have fallen ill has risen to 214.")).toBe(true);
    expect(presentPerfectReport("The utility has set aside £6m to replace the main.")).toBe(true);
  });

  it("leaves out sayings, lasting states, negations, quotations, relative clauses and modals", () => {
    expect(presentPerfectReport("The company has said it will appeal.")).toBe(false);
    expect(presentPerfectReport("She has worked at the club since 1979.")).toBe(false);
    expect(presentPerfectReport("Skippers have been offered berths until the end of June.")).toBe(false);
    expect(presentPerfectReport("The insurer has not confirmed whether it will pay.")).toBe(false);
    expect(presentPerfectReport("“We have been overwhelmed,” she said.")).toBe(false);
    expect(presentPerfectReport("Passengers who have fallen ill were moved to a hotel.")).toBe(false);
    expect(presentPerfectReport("The fire may have been started deliberately.")).toBe(false);
    expect(presentPerfectReport("The club has been a part of village life for a century.")).toBe(false);
  });
});
