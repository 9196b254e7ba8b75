import { describe, expect, it } from "vitest";
import { findFigurePassage } from "./find-figure-passage.js";

describe("findFigurePassage", () => {
  const passages = [
    { id: "p1", text: "A lift collapsed at a car park in Mill Lane on Saturday, 4 May." },
    { id: "p2", text: "Twelve people were injured, and 1,500 shoppers were sent home." },
    { id: "p3", text: "The council said 112 lifts would be inspected within 12 days." },
  ];

  it("finds the passage giving the figure in words or in digits, grouped or not", () => {
    expect(findFigurePassage(passages, "12")?.id).toBe("p2");
    expect(findFigurePassage(passages, "1500")?.id).toBe("p2");
    expect(findFigurePassage(passages, "1,500")?.id).toBe("p2");
    expect(findFigurePassage(passages, "112")?.id).toBe("p3");
  });

  it("takes no figure inside a longer one", () => {
    expect(findFigurePassage(passages, "500")).toBeUndefined();
    expect(findFigurePassage(passages, "11")).toBeUndefined();
  });
});
