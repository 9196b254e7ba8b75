import type { Citation } from "@roundup/prompts";
import type { Article } from "../../model/index.js";

/** A direct quotation found in an article, with who said it when the text says so. */
export interface QuoteMention {
  article: Article;
  speaker: string | null;
  /** The words inside the quotation marks, verbatim. */
  text: string;
  /** Span of the quoted words in the article's cleaned text. */
  start: number;
  end: number;
  /** The sentences around the quote, inside one chunk. */
  citation: Citation;
}

const QUOTE_PATTERNS = [/“([^“”]{8,800})”/g, /"([^"\n]{8,800})"/g];
const SPEECH_VERB = "(?:said|says|told|added|warned|stated|wrote|declared|insisted|explained|argued)";
const NAME = "((?:[A-Z][\\p{L}’'.-]*\\s+){0,3}[A-Z][\\p{L}’'.-]*)";
/** `…,” X said` / `…,” said X` / `X said: “…` / `X told reporters: “…` */
const AFTER_NAME_VERB = new RegExp(`^[,.!?]?\\s*${NAME}\\s+${SPEECH_VERB}\\b`, "u");
const AFTER_VERB_NAME = new RegExp(`^[,.!?]?\\s*${SPEECH_VERB}\\s+${NAME}`, "u");
const BEFORE = new RegExp(`${NAME}(?:,[^,“"]{1,60},)?\\s+${SPEECH_VERB}\\b[^“".]{0,40}?[:,]?\\s*$`, "u");
const PRONOUN_AFTER = /^[,.!?]?\s*(?:he|she)\s+(?:said|added|says|told)\b/;
const PRONOUN = /^(He|She|They|It|We|I|The|This|That|But|And|Later|Earlier|Meanwhile|On|In|An|A|Then|Now)$/;

function cleanSpeaker(name: string | undefined): string | null {
  if (!name) return null;
  const words = name
    .trim()
    .split(/\s+/)
    .filter((word) => !PRONOUN.test(word));
  const speaker = words.join(" ").replace(/[,.]$/, "");
  if (
    /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/.test(
      speaker,
    )
  )
    return null;
  return speaker.length >= 3 ? speaker : null;
}

/** Direct quotes (curly or straight marks) with their speaker, kept only when the quote lies inside one chunk. */
export function findQuotes(articles: readonly Article[]): QuoteMention[] {
  const quotes: QuoteMention[] = [];
  for (const article of articles) {
    const text = article.text;
    for (const pattern of QUOTE_PATTERNS) {
      for (const match of text.matchAll(pattern)) {
        const openIndex = match.index ?? 0;
        const inner = match[1]!;
        const start = openIndex + 1;
        const end = start + inner.length;
        const chunk = article.chunks.find((candidate) => candidate.start <= openIndex && end + 1 <= candidate.end);
        if (!chunk) continue;
        const sentences = chunk.sentences.filter((sentence) => sentence.end > openIndex && sentence.start < end + 1);
        const first = sentences[0];
        const last = sentences[sentences.length - 1];
        if (!first || !last) continue;
        const after = text.slice(end + 1, Math.min(text.length, end + 120)).split("\n")[0] ?? "";
        const lineStart = text.lastIndexOf("\n", openIndex) + 1;
        const before = text.slice(Math.max(lineStart, openIndex - 160), openIndex);
        let speaker =
          cleanSpeaker(AFTER_VERB_NAME.exec(after)?.[1]) ??
          cleanSpeaker(AFTER_NAME_VERB.exec(after)?.[1]) ??
          cleanSpeaker(BEFORE.exec(before)?.[1]);
        // "…,” he said": the last speaker named just before in the same article.
        if (!speaker && PRONOUN_AFTER.test(after)) {
          const previous = quotes[quotes.length - 1];
          // Only inside the same paragraph: across paragraphs "he" is too often someone else.
          if (previous && previous.article === article && !text.slice(previous.end, openIndex).includes("\n"))
            speaker = previous.speaker;
        }
        quotes.push({
          article,
          speaker,
          text: inner,
          start,
          end,
          citation: { articleId: article.id, chunkId: chunk.id, start: first.start, end: Math.max(last.end, end + 1) },
        });
      }
    }
  }
  return quotes.sort((a, b) => (a.article === b.article ? a.start - b.start : 0));
}
