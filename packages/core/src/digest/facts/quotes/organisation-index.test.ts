import { describe, expect, it } from "vitest";
import { prepareArticle } from "../../../ingest/index.js";
import { buildOrganisationIndex } from "./organisation-index.js";

const harbour = prepareArticle({
  input: "harbour",
  title: "Harbour wall repairs",
  originalText: "Councillor Priya Natt said the Harbour Trust would pay. Ines Calloway welcomed the decision.",
});

describe("buildOrganisationIndex", () => {
  it("reads a noun as the body named before it in the article, else the story's only one, asked again and again", () => {
    const canal = prepareArticle({
      input: "canal",
      title: "Canal repairs",
      originalText: "The Canal Trust said the lock would reopen. The trust said the work was finished.",
    });
    const organisations = buildOrganisationIndex([canal, harbour]);
    for (let round = 0; round < 2; round += 1) {
      expect(organisations.resolveNoun("trust", canal.id, canal.text.length)).toBe("Canal Trust");
      expect(organisations.resolveNoun("trust", harbour.id, harbour.text.length)).toBe("Harbour Trust");
      expect(organisations.resolveNoun("trust", harbour.id, 0)).toBeNull();
      expect(organisations.resolveShortName("Canal")).toBe("Canal Trust");
    }
  });
});
