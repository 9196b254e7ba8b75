import { describe, expect, it } from "vitest";
import { checkSupport } from "../check-support.js";
import { analyzeText } from "../reading/index.js";
import { attributionVariants } from "./attribution-variants.js";

describe("attributionVariants: 'according to X' as 'X said'", () => {
  const quoted = [
    "The fire service said the blaze started in a kitchen. Ravi Shah's coach said he had left early. " +
      "The club's captain, Lena Ott, said the pitch was flooded. The mayor told reporters the road would reopen.",
  ].map(analyzeText);

  it("moves a leading or closing 'according to' into 'X said', keeping names capitalised", () => {
    expect(attributionVariants("According to the fire service, the blaze started in a kitchen.", quoted)).toEqual([
      "The fire service said the blaze started in a kitchen.",
      "The blaze started in a kitchen, the fire service said.",
    ]);
    expect(attributionVariants("Ravi Shah left early, according to his coach.", quoted)).toEqual([
      "Ravi Shah left early, his coach said.",
      "His coach said Ravi Shah left early.",
    ]);
    expect(attributionVariants("According to the club's captain, Lena Ott, the pitch was flooded.", quoted)[0]).toBe(
      "The club's captain, Lena Ott, said the pitch was flooded.",
    );
    expect(attributionVariants("The mayor told reporters that the road would reopen.", quoted)).toEqual([
      "The mayor said the road would reopen.",
    ]);
  });

  it("leaves 'according to' a party the passages do not quote", () => {
    expect(attributionVariants("According to the Oriel bakery, the pitch was flooded.", quoted)).toEqual([]);
  });

  it("passes 'according to' for the party the passage quotes, and flags it for another party", () => {
    const passage =
      "Dunford's manager, Ruth Kemp, said the club accepted the fine. " +
      "The league said the match would be replayed in March.";
    expect(checkSupport("According to manager Ruth Kemp, Dunford accepted the fine.", [passage]).verdict).toBe(
      "supported",
    );
    expect(checkSupport("According to the league, Dunford accepted the fine.", [passage]).verdict).toBe("unsupported");
    expect(checkSupport("The match will be replayed in March, according to Ruth Kemp.", [passage]).verdict).toBe(
      "unsupported",
    );
  });
});
