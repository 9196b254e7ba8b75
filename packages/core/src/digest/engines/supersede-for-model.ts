import type { DigestSentence } from "@roundup/prompts";
import type { RankedSentence } from "../evidence/rank-evidence.js";
import { chooseSuperseded, findSuperseded } from "../select/supersede/index.js";
import { sentenceTimes } from "../select/times/index.js";
import type { DigestRequest } from "./digest-engine.js";

export interface ModelEvidence {
  /** The evidence a model may summarise: what newer news in the story supersedes is not in it. */
  current: RankedSentence[];
  /**
   * For an older statement, the newer ones on the same matter (findSuperseded's pairs: a proposal,
   * then the response to it): the prompt marks it so the model does not state both as current.
   */
  newerOf: ReadonlyMap<RankedSentence, readonly RankedSentence[]>;
  /**
   * The older statements to put on the timeline (indexes into `facts.sentences`), given what the
   * draft shows: the same choice as the offline engine's (chooseSuperseded).
   */
  superseded(shown: readonly DigestSentence[]): number[];
}

/**
 * What a model engine hands the model, with supersession decided by code as for the offline engine:
 * a position the same side later changed and a running figure a later report updates
 * (findSuperseded) are left out of the passages, so the model cannot state them in the present tense
 * beside the newer ones; they go to the timeline, dated, with the older side of each same-matter
 * pair that the draft does not cite. The older side of a pair stays in the passages, marked with the
 * newer ones (summarize@5 shows the mark).
 */
export function supersedeForModel(request: DigestRequest): ModelEvidence {
  const evidence = request.evidence;
  const times = sentenceTimes(evidence, request.articles, request.facts);
  const supersession = times ? findSuperseded(evidence, times, request.facts) : null;
  if (!supersession) return { current: [...evidence], newerOf: new Map(), superseded: () => [] };
  const newerOf = new Map<RankedSentence, RankedSentence[]>();
  for (const [older, newer] of supersession.pairs) {
    const list = newerOf.get(older);
    if (list) list.push(newer);
    else newerOf.set(older, [newer]);
  }
  return {
    current: evidence.filter((candidate) => !supersession.outdated.has(candidate)),
    newerOf,
    superseded(shown) {
      // A model's sentence cites passages; the evidence it rests on is shown, whatever its wording.
      const cited = new Set(
        shown.flatMap((sentence) => sentence.citations.map((citation) => `${citation.articleId}:${citation.start}`)),
      );
      const shownEvidence = evidence.filter((candidate) =>
        cited.has(`${candidate.item.article.id}:${candidate.item.sentence.start}`),
      );
      return chooseSuperseded(evidence, supersession, { shown: shownEvidence }).map((candidate) => candidate.index);
    },
  };
}
