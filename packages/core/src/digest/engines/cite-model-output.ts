import type { Citation, CitedSentenceOutput, DigestSentence, SummarizeFacts, SummarizeOutput } from "@roundup/prompts";
import { citeHeadline } from "../select/headline/index.js";
import type { EvidencePassages } from "./build-evidence-passages.js";
import type { EngineDraft } from "./digest-engine.js";
import { findMisattributedFigures } from "./find-misattributed-figures.js";
import { findStaleStatements } from "./find-stale-statements.js";
import { readsAsRefusal } from "./reads-as-refusal.js";

/**
 * Turns the model's passage ids into exact citations. An id that names no passage the model was given
 * is kept in `unknownCitations`, so verification flags the sentence even when a valid id stands beside it.
 */
function toCitedSentences(sentences: readonly CitedSentenceOutput[], evidence: EvidencePassages): DigestSentence[] {
  return sentences.map((sentence) => {
    const ids = [...new Set(sentence.passageIds)];
    const unknown = ids.filter((id) => !evidence.citations.has(id));
    return {
      text: sentence.text.trim(),
      citations: ids.flatMap((id) => {
        const citation = evidence.citations.get(id);
        return citation ? [citation] : [];
      }),
      ...(unknown.length > 0 ? { unknownCitations: unknown } : {}),
    };
  });
}

/**
 * The model's headline with the passages it rests on: those the model cited (summarize@3 on), or,
 * for a version that does not ask for them, those code finds in the evidence the model was given.
 * The headline is kept whatever they hold; verification flags one they do not support.
 */
function citedHeadline(
  output: Pick<SummarizeOutput, "headline" | "headlinePassageIds">,
  evidence: EvidencePassages,
): { headline: string; headlineCitations: Citation[]; headlineUnknownCitations?: string[] } {
  const headline = output.headline.trim();
  if (output.headlinePassageIds) {
    const cited = toCitedSentences([{ text: headline, passageIds: output.headlinePassageIds }], evidence)[0];
    return {
      headline,
      headlineCitations: cited?.citations ?? [],
      ...(cited?.unknownCitations ? { headlineUnknownCitations: cited.unknownCitations } : {}),
    };
  }
  const passages = evidence.passages.flatMap((passage) => {
    const citation = evidence.citations.get(passage.id);
    return citation ? [{ text: passage.text, citation }] : [];
  });
  return { headline, headlineCitations: citeHeadline(headline, passages) };
}

const REFUSAL_FAULT = "reads as the model declining or commenting on the task, not as news";

/** A statement with no word to read (blank, or marks only) says nothing: it is left out, not stored. */
const hasWords = (text: string) => /[\p{L}\p{N}]/u.test(text);

/**
 * A model's answer as the prose of a digest: exact citations for its passage ids (toCitedSentences,
 * citedHeadline), blank sentences left out, and, on each statement, what code finds wrong with it
 * beyond its support for verification to flag: an earlier report told as current (the passages
 * marked `older-than`, findStaleStatements), the model declining or commenting on the task, a
 * statement repeated word for word, a side of a disagreement given to the wrong outlet (the facts
 * the model was given, findMisattributedFigures). Shared by the llm and batch engines.
 */
export function citeModelOutput(
  output: SummarizeOutput,
  evidence: EvidencePassages,
  facts: Pick<SummarizeFacts, "disagreements"> = { disagreements: [] },
): Pick<
  EngineDraft,
  "headline" | "headlineCitations" | "headlineUnknownCitations" | "headlineModelFaults" | "summary" | "keyPoints"
> {
  const sentences = output.sentences.filter((sentence) => hasWords(sentence.text));
  const keyPoints = output.keyPoints.filter((sentence) => hasWords(sentence.text));
  const headline = citedHeadline(output, evidence);
  const idOf = new Map(
    [...evidence.citations].map(([id, citation]) => [`${citation.articleId}:${citation.start}`, id]),
  );
  const headlineIds =
    output.headlinePassageIds ??
    headline.headlineCitations.flatMap((citation) => idOf.get(`${citation.articleId}:${citation.start}`) ?? []);
  const stale = findStaleStatements(
    hasWords(headline.headline) ? { text: headline.headline, passageIds: headlineIds } : null,
    [...sentences, ...keyPoints],
    evidence.passages,
  );
  // A statement said twice, or the model talking about the task, is no news: flagged like a stale one.
  const seen = new Set<string>();
  const otherFaults = [...sentences, ...keyPoints].map((sentence) => {
    const faults: string[] = [];
    if (readsAsRefusal(sentence.text)) faults.push(REFUSAL_FAULT);
    faults.push(...findMisattributedFigures(sentence.text, facts.disagreements));
    const key = sentence.text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim();
    if (seen.has(key)) faults.push("repeats an earlier statement of the digest word for word");
    seen.add(key);
    return faults;
  });
  const withFaults = (cited: DigestSentence[], offset: number) =>
    cited.map((sentence, index) => {
      const faults = [...(stale.statements[offset + index] ?? []), ...(otherFaults[offset + index] ?? [])];
      return faults.length > 0 ? { ...sentence, modelFaults: faults } : sentence;
    });
  const headlineFaults = [
    ...stale.headline,
    ...(readsAsRefusal(headline.headline) ? [REFUSAL_FAULT] : []),
    ...findMisattributedFigures(headline.headline, facts.disagreements),
  ];
  return {
    ...headline,
    ...(headlineFaults.length > 0 ? { headlineModelFaults: headlineFaults } : {}),
    summary: withFaults(toCitedSentences(sentences, evidence), 0),
    keyPoints: withFaults(toCitedSentences(keyPoints, evidence), sentences.length),
  };
}
