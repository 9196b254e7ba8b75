import { describe, expect, it } from "vitest";
import { headlineLabel } from "./headline-label.js";

describe("headlineLabel", () => {
  it.each([
    // The issue's own example: "Hamas" is a name, not a plural whose verb "War" would be.
    "Israel-Hamas War Ceasefire Talks",
    "Israel-Hamas War",
    "Ukraine Grain Deal Talks",
    "Halden Port Strike",
  ])("calls the title-case noun phrase %j a label with no verb", (headline) => {
    expect(headlineLabel(headline)).toMatch(/no verb/);
  });

  it.each([
    ["Election Results Live", "Live"],
    ["Ceasefire Negotiations Update", "Update"],
    ["Russia-Ukraine War Peace Talks Latest", "Latest"],
  ])("calls %j a label: its closing word is a section label, not its verb", (headline, label) => {
    expect(headlineLabel(headline)).toContain(`("${label}")`);
  });

  it.each([
    "Israel Rejects Hamas Ceasefire Plan",
    "Strikers Return To Work",
    "Court Upholds Ban",
    "Dockworkers End Strike",
    "Hamas Releases Hostages",
    "Texas Floods Kill 50",
    "Website Goes Live",
    "Storm toll rises to 12",
  ])("lets the headline %j with a verb pass", (headline) => {
    expect(headlineLabel(headline)).toBeNull();
  });
});
