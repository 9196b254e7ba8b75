import { readdirSync, readFileSync } from "node:fs";
import { franc } from "franc-min";
import { describe, expect, it } from "vitest";
import { detectLanguage } from "./detect-language.js";

describe("detectLanguage", () => {
  it("detects English on every seed, agreeing with franc", () => {
    const seedsDirectory = new URL("../../../../samples/seeds/", import.meta.url);
    for (const name of readdirSync(seedsDirectory)) {
      const text = readFileSync(new URL(name, seedsDirectory), "utf8");
      expect(detectLanguage(text)).toBe("eng");
      expect(franc(text.slice(0, 1000))).toBe("eng");
    }
  });

  it("flags other languages with their ISO 639-3 code", () => {
    const samples: Array<[string, string]> = [
      [
        "fra",
        "Les négociations pour un cessez-le-feu à Gaza ont repris jeudi au Caire, selon un responsable égyptien qui a demandé à ne pas être nommé. Les médiateurs qatariens et égyptiens ont présenté une nouvelle proposition aux deux parties, qui prévoit une pause de six semaines dans les combats.",
      ],
      [
        "deu",
        "Die Verhandlungen über eine Waffenruhe im Gazastreifen sind am Donnerstag in Kairo wieder aufgenommen worden, sagte ein ägyptischer Beamter. Die Vermittler aus Katar und Ägypten legten beiden Seiten einen neuen Vorschlag vor, der eine sechswöchige Feuerpause vorsieht.",
      ],
      [
        "spa",
        "Las negociaciones para un alto el fuego en Gaza se reanudaron el jueves en El Cairo, según un funcionario egipcio que pidió no ser identificado. Los mediadores de Qatar y Egipto presentaron una nueva propuesta a ambas partes, que prevé una pausa de seis semanas en los combates.",
      ],
    ];
    for (const [code, text] of samples) expect(detectLanguage(text)).toBe(code);
  });

  it("counts words the same with typographic punctuation, letters outside ASCII and capitals", () => {
    // 30 words, 6 of them function words (20%): English by the function-word count.
    const english = `${"The talks—resumed ”here“ ".repeat(6)}${"Gaza ".repeat(6)}`.trim();
    expect(detectLanguage(english)).toBe("eng");
    // The same with accented letters, which the character scan leaves to the match: still 30 words.
    expect(detectLanguage(english.replaceAll("Gaza", "Gazé"))).toBe("eng");
    // One function word fewer in thirty is below the 18% mark; franc decides, and not on English words alone.
    expect(detectLanguage(english.replace("The", "Les"))).toBe(franc(english.replace("The", "Les")));
  });

  it("answers und for short text", () => {
    expect(detectLanguage("Gaza talks")).toBe("und");
    expect(detectLanguage("")).toBe("und");
  });
});
