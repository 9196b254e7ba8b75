import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { htmlToText } from "../../src/ingest/index.js";

/** A gold body or an extractor's HTML as text: one paragraph per block, nothing dropped. */
export const goldText = (html: string) => htmlToText(html, { dropLinkBlocks: false });

/** Readability 0.6 alone on the same DOM library, its content as text: the baseline Roundup builds on. */
export function readabilityText(html: string): string {
  try {
    const { document } = parseHTML(html);
    const parsed = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
    return parsed?.content ? goldText(parsed.content) : "";
  } catch {
    return "";
  }
}
