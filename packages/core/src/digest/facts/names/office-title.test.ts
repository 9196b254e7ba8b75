import { describe, expect, it } from "vitest";
import { prepareArticle } from "../../../ingest/index.js";
import { findQuotes } from "../quotes/index.js";

function speakersOf(...texts: string[]): Array<[string, string | null]> {
  const articles = texts.map((text, index) =>
    prepareArticle({ input: `story/${index}`, title: `Article ${index}`, originalText: text }),
  );
  return findQuotes(articles).map((quote) => [quote.text.replace(/[,.]+$/, ""), quote.speaker]);
}

describe("findQuotes gives “Cllr X” the person of that surname who holds the office (quotes26)", () => {
  const introduced =
    "Councillor Neil Haskett, cabinet member for finance, said the money had run out.\n\nJoanne Haskett, who manages the day centre and is no relation, said staff learned of the plan from a leak.";

  it("in an article that names no one of the surname, and in one that names only the other", () => {
    expect(
      speakersOf(
        introduced,
        "Cllr Haskett told the meeting the council had to find the money “one way or another”.",
        "Joanne Haskett, the centre’s manager, started a petition.\n\nCllr Haskett said the council would meet families “in the next fortnight”.",
      ),
    ).toEqual([
      ["one way or another", "Neil Haskett"],
      ["in the next fortnight", "Neil Haskett"],
    ]);
  });

  it("when no one is given the office, not the one described as a private person", () => {
    expect(
      speakersOf(
        "Graham Pike, who leads the opposition group, voted against.\n\nSarah Pike, a volunteer at Eastgate library and no relation, said the closures would hurt.\n\n“It is a sad day for Carsford,” said Cllr Pike.",
      ),
    ).toEqual([["It is a sad day for Carsford", "Graham Pike"]]);
  });

  it("leaves an honorific, and a title with one person of the surname, as they were", () => {
    expect(
      speakersOf(
        introduced,
        "Joanne Haskett watched from the gallery.\n\n“They did not even look up at us,” Ms Haskett said.",
        "Supt Helen Cartwright said 47 people were in hospital.\n\n“Stay away from the finish,” Supt Cartwright said.",
      ),
    ).toEqual([
      ["They did not even look up at us", "Joanne Haskett"],
      ["Stay away from the finish", "Helen Cartwright"],
    ]);
  });

  it("reads a title before a surname used again and again as that one person (“Professor Varoufakis”)", () => {
    expect(
      speakersOf(
        "Professor Yanis Varoufakis, an economist, said the protest had been peaceful until the evening.\n\nThousands marched through the centre of Athens on Wednesday.\n\nProfessor Varoufakis blames angry youths for the violence.\n\nBut Professor Varoufakis says there is “a very deep sense of injustice” across Greece.",
      ),
    ).toEqual([["a very deep sense of injustice", "Yanis Varoufakis"]]);
  });
});
