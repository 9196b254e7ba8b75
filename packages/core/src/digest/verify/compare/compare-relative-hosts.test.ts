import { describe, expect, it } from "vitest";
import { checkSupport } from "../check-support.js";

const PASSAGES = [
  "The publisher Harrowgate Books has bought Linden Press, an independent firm based in Calder, for an undisclosed sum. " +
    "Harrowgate, which employs 450 people, said Linden's list of poetry titles would keep its own name.",
  "Linden Press, which was founded in 1968, had been looking for a buyer since its founder retired.",
];

describe("compareRelativeHosts: a relative clause stays on the name the passages hang it on", () => {
  it("flags a clause moved from one party of the story onto the other", () => {
    const check = checkSupport(
      "Linden Press, which employs 450 people, has been bought by the publisher Harrowgate Books for an undisclosed sum.",
      PASSAGES,
    );
    expect(check.verdict).toBe("unsupported");
    expect(check.reasons).toContainEqual(
      expect.stringMatching(/"which employs 450 people…" of Linden Press; the passage says it of Harrowgate/),
    );
  });

  it("passes the clause on its own name, wherever the sentence puts it", () => {
    const check = checkSupport(
      "Linden Press, which was founded in 1968, has been bought by Harrowgate Books, which employs 450 people.",
      PASSAGES,
    );
    expect(check.reasons).not.toContainEqual(expect.stringMatching(/the passage says it of/));
  });

  const described = [
    "Harrowgate Books has bought Linden Press for an undisclosed sum. " +
      "The firm, which was founded in 1968, publishes poetry from its office above the old Calder library, which opened in 1911.",
  ];
  it("flags a clause moved from a noun the statement names apart onto a name", () => {
    const check = checkSupport(
      "Linden Press, which opened in 1911, publishes poetry from its office above the old Calder library and has been bought by Harrowgate Books.",
      described,
    );
    expect(check.reasons).toContainEqual(
      expect.stringMatching(/"which opened in 1911…" of Linden Press; the passage says it of library/),
    );
  });

  it("passes a clause the passages hang on a noun that describes the name", () => {
    const check = checkSupport(
      "Linden Press, which was founded in 1968, publishes poetry and has been bought by Harrowgate Books.",
      described,
    );
    expect(check.reasons).not.toContainEqual(expect.stringMatching(/the passage says it of/));
  });
});
