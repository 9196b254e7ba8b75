import { describe, expect, it } from "vitest";
import { isPhotoCaption } from "./photo-caption.js";

describe("isPhotoCaption", () => {
  it("knows a caption by what it says of the picture", () => {
    for (const caption of [
      "In this Feb. 11, 2007, file photo, the actress arrives for the Grammy Awards in Los Angeles.",
      "The car is pictured at the school in Newtown, Connecticut, in this evidence photo.",
      "A protester, left, uses a flag to fend off counter-protesters.",
      "The activist (second from right) is greeted by supporters at the airport.",
      "AFP/Getty Images The MVP holds the championship trophy after the game.",
      "A child looks at the floral tributes at Potter's Field Park in London, Monday, June 5, 2017.",
      "Photo: The harbour at dawn, before the ships arrived.",
      "Jane Doe, in this photograph provided by the port authority, is seen at the terminal.",
      "Ola Berg / AP Harbour master Jane Doe listens as the council debates the budget.",
      "Image caption The terminal was closed for a week after the storm.",
      "Media caption The minister visits the port",
      "Hide Caption 3 of 12 Photos: Strike at Halden Dock workers march through the town centre.",
      "HALDEN, NORWAY - JUNE 18: Dock workers march through the town centre on the first day of the strike.",
      "Harbour master Jane Doe speaks during a news conference at the port last week.",
      "Union leader Mara Solvik speaks to reporters shortly after the vote on August 11th.",
      "Mara Solvik exits the stage after announcing the result at the Calder Hall on Sunday, Feb. 26, 2017.",
      "Union leader Mara Solvik and harbour master Jane Doe walk to the terminal gates Wednesday.",
      "Activist Jane Doe (L) is greeted by her sister at the airport.",
      "Dock workers listen to Mara Solvik (2nd R) at the rally.",
      "Rescue workers carry an injured sailor ashore after the ferry struck a pier, Saturday, June 17, 2017.",
    ]) {
      expect(isPhotoCaption(caption), caption).toBe(true);
    }
  });

  it("leaves prose alone, pictures and dates included", () => {
    for (const sentence of [
      "Reuters reported on Monday that the talks had broken down.",
      "The images were released by the police on Tuesday, a day after the arrest.",
      "The company said it would appeal, right after the vote was announced.",
      "The law takes effect on Monday, June 5, 2017.",
      "Getty, the photo agency, said it would license the pictures to newspapers.",
      "Apple shares rose 3 percent in early trading.",
      "Harbour master Jane Doe spoke during a news conference at the port last week.",
      "The union holds its next vote on Friday, when the offer expires.",
      "Pope Francis arrives in Halden on June 3 for a two-day visit.",
      "The company holds 30 percent of the market, up from 20 percent last year.",
      "Halden (AP) / Reuters reported the strike first.",
      "JUNE 18 was the day the strike began, the union said.",
      "Sen. Jane Doe (R) and Sen. Mara Solvik (D) voted against the bill on Tuesday.",
      "Mara Solvik and Jane Doe walked to the terminal gates on Wednesday.",
      "Mara Solvik and Jane Doe meet on Friday to sign the agreement.",
      "The ferry struck a pier on Saturday, June 17, 2017.",
    ]) {
      expect(isPhotoCaption(sentence), sentence).toBe(false);
    }
  });
});
