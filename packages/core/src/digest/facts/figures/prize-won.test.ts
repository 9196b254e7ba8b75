import { describe, expect, it } from "vitest";
import { prizeWinner } from "./prize-won.js";

describe("prizeWinner", () => {
  it("reads the winner taking a sum home, by name, with an aside, or as the sentence's opening name", () => {
    expect(prizeWinner("Ingrid Solberg collects £")).toBe("solberg");
    expect(prizeWinner("Japan's Mei Tanaka, who finished a shot behind, takes home £")).toBe("tanaka");
    expect(prizeWinner("Dana Ruiz won the Desert Classic on Sunday, and the American pockets $")).toBe("ruiz");
  });

  it("leaves a sum no one named takes, and sums that are no winnings", () => {
    expect(prizeWinner("Top-ten finishers took home between £")).toBeNull();
    expect(prizeWinner("The club paid £")).toBeNull();
    expect(prizeWinner("The winner takes home a share of the £")).toBeNull();
  });
});
