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
    ]) {
      expect(isPhotoCaption(sentence), sentence).toBe(false);
    }
  });
});
