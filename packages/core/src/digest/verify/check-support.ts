import { abstractiveSupport } from "./abstractive-support.js";
import {
  comparable,
  compareAddedNames,
  compareAgedPeople,
  compareAntecedents,
  compareAttachments,
  compareBounds,
  compareCountedNouns,
  compareCrossedRoles,
  compareDates,
  compareDirections,
  compareDroppedContext,
  compareIntentions,
  compareNames,
  compareOffices,
  compareOpposites,
  comparePassiveDoers,
  comparePersonOffices,
  comparePolarity,
  compareQuantities,
  compareQuotes,
  compareRelativeHosts,
  compareReusedPhrases,
  compareRoles,
  compareSpeakers,
  compareStitchedDetails,
  compareSuperlatives,
  compareUniversals,
  droppedContext,
  type SupportContext,
  type SupportFault,
  statementSlice,
} from "./compare/index.js";
import { headlineLabel } from "./headline-label.js";
import {
  type Alignment,
  type AlignmentCosts,
  type AnalyzedText,
  alignStatement,
  analyzeText,
  analyzeTextOnce,
  isContentToken,
  normalizeMarks,
  type ResolvedPassage,
  resolveReferences,
} from "./reading/index.js";
import { splitClauses } from "./split-clauses.js";
import { citedText, statementTerms } from "./statement-terms.js";
import { stripOutletAttribution } from "./strip-outlet-attribution.js";
import {
  ageVariants,
  attributionVariants,
  generalisationVariants,
  inPassageForms,
  lightVerbVariants,
  negationVariants,
  quantityEquivalents,
  teamRoleVariants,
  voiceVariants,
} from "./variants/index.js";

/**
 * What is being checked: a sentence of prose, a headline (telegraphic), an outlet's title reprinted
 * as a headline (telegraphic, in the passages' own words) or a quotation (verbatim, with its speaker).
 */
export type StatementKind = "sentence" | "headline" | "title" | "quote";

export interface SupportCheckOptions {
  kind?: StatementKind;
  /** For a quote: who the digest says said it. */
  speaker?: string | null;
  /**
   * The outlets of the cited articles ("Reuters"): a statement may name the outlet that published
   * its passage ("Reuters counted 35") though the passage's text does not.
   */
  outlets?: readonly string[];
  /** Alignment costs and cost limit, for tuning (bench/verify-cross-validation.ts); default the tuned ones. */
  costs?: AlignmentCosts;
  costLimit?: number;
}

/** A passage span that supports the statement: passage index and character offsets in that passage. */
export interface SupportSpan {
  passage: number;
  start: number;
  end: number;
}

export interface SupportCheck {
  verdict: "supported" | "unsupported";
  /** How well the passages support the statement, 0–1; 1 for a verbatim copy, below 0.5 when unsupported. */
  score: number;
  /** Why it is unsupported, in words an editor reads; empty when supported. */
  reasons: string[];
  /** Where in the passages the statement's words were found. */
  spans: SupportSpan[];
}

/**
 * Alignment costs and the cost per word at which support runs out. Tuned on the CNN/DailyMail rows
 * of QAGS dev (human judgments of model-written summary sentences): 0.818 balanced accuracy on those
 * rows, 0.812 when chosen on four fifths of the articles and measured on the fifth (bench/verify-cross-validation.ts).
 * The order of magnitude is what matters: a left-out aside costs little, a word fetched from another
 * sentence into the middle of a clause costs as much as an invented one.
 */
export const SUPPORT_COSTS: AlignmentCosts = {
  unlinkedFunctionWord: 0.4,
  unlinkedContentWord: 3,
  unlinkedKnownWord: 3,
  gap: 1,
  gapPerWord: 0.2,
  clauseBreak: 1.5,
  modifierGap: 0.3,
  functionGap: 0.1,
  reorder: 3,
  constituentMove: 0.7,
  jump: 4,
  clauseJump: 1.5,
  subjectJump: 2,
  looseLink: 0.5,
};
/** A shorter statement is judged as if it had this many words: one phrase reworded is not fatal to a short sentence. */
const MINIMUM_WORDS = 8;
/** Cost per word at which the score is 0.5, the line between supported and unsupported. */
export const SUPPORT_COST_LIMIT = 0.2;

/** The voice of the passage clause the statement's verb was found in, or null when the verb was not found. */
function passageVoice(
  alignment: Alignment,
  passages: readonly AnalyzedText[],
  verb: number,
): "active" | "passive" | null {
  const link = alignment.links[verb];
  if (!link) return null;
  const tokens = passages[link.passage]!.tokens;
  for (let index = link.token - 1; index >= 0 && link.token - index <= 3; index -= 1) {
    const token = tokens[index]!;
    if (token.key === "be" && token.pos === "AUX") return "passive";
    if (token.key === "have" && token.pos === "AUX") return "active";
    if (token.pos !== "ADV" && token.pos !== "AUX") break;
  }
  // A participle with its agent after a noun ("a cut in the quota imposed by the directorate", "the
  // deal, signed by Harlow"): a passive without its "be".
  if (tokens[link.token + 1]?.key === "by" && /(?:ed|en|wn|t)$/.test(tokens[link.token]!.text)) return "passive";
  return "active";
}

function primarySentence(context: Omit<SupportContext, "primary">): SupportContext["primary"] {
  const counts = new Map<string, number>();
  for (const link of context.alignment.links) {
    if (!link) continue;
    const key = `${link.passage}:${context.passages[link.passage]!.tokens[link.token]!.sentence}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [key, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = key;
  if (!best) return null;
  const [passage, sentence] = best.split(":").map(Number);
  return { passage: passage!, sentence: sentence! };
}

const words = (text: string, limit: number, fromEnd: boolean) => {
  const list = text.split(/\s+/).filter(Boolean);
  return (fromEnd ? list.slice(-limit) : list.slice(0, limit)).join(" ");
};

/** Why the wording is not supported, from where the alignment had to break: what an editor should look at. */
function wordingReasons(context: SupportContext): string[] {
  const { statement, alignment } = context;
  const reasons: string[] = [];
  // Invented words, in runs: "adds 'signed by'".
  const known = new Set(context.passages.flatMap((passage) => passage.tokens.map((token) => token.key)));
  let run: number[] = [];
  const flush = () => {
    if (run.length > 0) {
      reasons.push(`adds "${statementSlice(context, run[0]!, run.at(-1)!)}", which no cited passage says`);
      run = [];
    }
  };
  statement.tokens.forEach((token, index) => {
    const invented = alignment.links[index] === null && isContentToken(token) && !known.has(token.key);
    if (invented) run.push(index);
    else if (token.pos !== "PUNCT" && isContentToken(token)) flush();
  });
  flush();
  // A name the passages have, but not in what they say here ("Wolfsburg beat…" where Bayern did).
  statement.tokens.forEach((token, index) => {
    if (alignment.links[index] === null && token.pos === "PROPN" && known.has(token.key))
      reasons.push(`the cited passages name "${token.text}", but not in what they say here`);
  });
  for (const step of alignment.steps) {
    // Cheap steps (a phrase moved whole, a modifier left out) are not what made it unsupported.
    if (step.cost < 1) continue;
    if (step.kind === "jump" || step.kind === "reorder") {
      const before = words(statementSlice(context, 0, step.from), 4, true);
      const after = words(statementSlice(context, step.to, statement.tokens.length - 1), 4, false);
      reasons.push(
        step.kind === "jump"
          ? `joins "${before}" to "${after}", which the cited passages say about different things`
          : `puts "${before}" and "${after}" in an order the cited passages do not have`,
      );
    } else if (step.breaksClause) {
      const skipped = step.skipped.map((token) => token.text).join(" ");
      reasons.push(
        `leaves out "${words(skipped, 8, false)}" between "${statement.tokens[step.from]!.text}" and "${statement.tokens[step.to]!.text}", which changes what the passage says`,
      );
    }
  }
  return reasons;
}

/**
 * Whether the passages support what a statement asserts, not merely its words. The statement is
 * aligned to the passages (which words come from where, in what order, from which sentence); then
 * what it claims is compared with what those spans say: numbers with their units and what they
 * count, dates and times, negation and modality, who did what to whom, quotations and who said
 * them. No model is involved; a statement copied verbatim from a passage always passes.
 */
export function checkSupport(
  written: string,
  passages: readonly string[],
  options: SupportCheckOptions = {},
): SupportCheck {
  const check = checkReadings(written, passages, options);
  if (check.verdict === "supported" || (options.kind ?? "sentence") !== "sentence") return check;
  // A sentence that joins facts (a relative clause, two clauses after ", and") is supported when each
  // fact is, wherever in the passages it is told; otherwise the reasons are the sentence's as written.
  const parts = splitClauses(analyzeText(written));
  if (!parts) return check;
  const checks: SupportCheck[] = [];
  for (const part of parts.slice(0, MAX_PARTS)) {
    const partCheck = checkReadings(part, passages, options);
    if (partCheck.verdict !== "supported") return check;
    checks.push(partCheck);
  }
  return {
    verdict: "supported",
    score: Math.min(...checks.map((partCheck) => partCheck.score)),
    reasons: [],
    spans: checks.flatMap((partCheck) => partCheck.spans),
  };
}

/** A joined sentence is split into at most this many facts. */
const MAX_PARTS = 3;

/** The sentence as written, then in the structures its passages use: the first supported reading, or the one as written. */
function checkReadings(written: string, passages: readonly string[], options: SupportCheckOptions): SupportCheck {
  // Every reading is looked for word for word in the same passages: each passage's comparable form
  // is made once, when first asked for (the first passage holds most statements of an extractive digest).
  const forms: string[] = [];
  const formOf = (index: number): string => {
    forms[index] ??= comparable(passages[index] ?? "");
    return forms[index];
  };
  const check = checkWording(written, passages, options, formOf);
  if (check.verdict === "supported" || (options.kind ?? "sentence") !== "sentence") return check;
  // The same sentence in the structures its passages use (a name for "the company", "apologised"
  // for "made an apology", "X said" for "according to X"): supported if one of those readings is;
  // otherwise the reasons are the sentence's as written.
  for (const variant of structuralVariants(written, passages)) {
    const reading = checkWording(variant, passages, options, formOf);
    if (reading.verdict === "supported") return reading;
  }
  return check;
}

/** At most this many structural readings of one sentence are checked. */
const MAX_VARIANTS = 12;

/** A sentence's structural readings: its attribution, light verbs, generalisations, ages, denied verbs and team roles in the passages' form, and combinations. */
function structuralVariants(written: string, passages: readonly string[]): string[] {
  const analyzedPassages = passages.map((text) => analyzeTextOnce(text));
  const readings = new Set<string>([written]);
  const extend = (rewrite: (text: string) => string[]) => {
    for (const text of [...readings])
      for (const variant of rewrite(text)) if (readings.size <= MAX_VARIANTS) readings.add(variant);
  };
  extend((text) => attributionVariants(text, analyzedPassages));
  extend((text) => lightVerbVariants(analyzeText(text), analyzedPassages));
  extend((text) => generalisationVariants(analyzeText(text), analyzedPassages));
  extend((text) => ageVariants(analyzeText(text), analyzedPassages));
  extend((text) => negationVariants(analyzeText(text), analyzedPassages));
  extend((text) => teamRoleVariants(analyzeText(text), analyzedPassages));
  readings.delete(written);
  return [...readings];
}

function checkWording(
  written: string,
  passages: readonly string[],
  options: SupportCheckOptions,
  /** A passage's comparable form, by its index. */
  formOf: (index: number) => string,
): SupportCheck {
  const kind = options.kind ?? "sentence";
  // A date or sum in another notation than the passages' ("March 14" for "14 March") is read in theirs.
  const statement =
    kind === "sentence" ? inPassageForms(stripOutletAttribution(written, options.outlets ?? []), passages) : written;
  if (!/[\p{L}\p{N}]/u.test(statement))
    return { verdict: "unsupported", score: 0, reasons: ["the statement has no words to check"], spans: [] };
  const wanted = comparable(statement).replace(/[.!?]$/, "");
  const verbatimIn = wanted === "" ? -1 : passages.findIndex((_, index) => formOf(index).includes(wanted));
  // A label is no headline even when a passage holds its words.
  const label = kind === "headline" || kind === "title" ? headlineLabel(statement) : null;
  // A copy is supported by definition (and most statements of an extractive digest are copies),
  // unless it is cut from a sentence whose left-out words bound, deny or condition it.
  if (verbatimIn >= 0 && kind !== "quote" && !label) {
    const passage = passages[verbatimIn]!;
    const at = Math.max(
      0,
      normalizeMarks(passage).toLowerCase().indexOf(normalizeMarks(statement).toLowerCase().trim()),
    );
    const spans = [{ passage: verbatimIn, start: at, end: Math.min(passage.length, at + statement.trim().length) }];
    const cited = formOf(verbatimIn);
    const dropped = kind === "sentence" ? droppedContext(cited, cited.indexOf(wanted), wanted) : null;
    if (dropped) return { verdict: "unsupported", score: 0.25, reasons: [dropped], spans };
    return { verdict: "supported", score: 1, reasons: [], spans };
  }
  const analyzedPassages = passages.map((text) => analyzeTextOnce(text));
  const analyzedStatement = analyzeText(statement);
  const costs = options.costs ?? SUPPORT_COSTS;
  const equivalents = quantityEquivalents(analyzedStatement, analyzedPassages);
  let alignment = alignStatement(analyzedStatement, analyzedPassages, costs, undefined, equivalents);
  // The same clause in the other voice, where the passage uses that voice ("was approved by the
  // council" against "the council approved"): the cheaper reading is the statement's.
  const limit = options.costLimit ?? SUPPORT_COST_LIMIT;
  const wellSupported = (candidate: Alignment) =>
    candidate.cost / Math.max(MINIMUM_WORDS, candidate.wordCount) <= limit / 2;
  for (const variant of wellSupported(alignment) ? [] : voiceVariants(analyzedStatement)) {
    const candidate = alignStatement(analyzedStatement, analyzedPassages, costs, variant.order, equivalents);
    if (
      candidate.cost < alignment.cost &&
      passageVoice(candidate, analyzedPassages, variant.verb) === variant.passageVoice
    )
      alignment = candidate;
  }
  // The passages with their pronouns and elided nouns written out ("convicted him" → "convicted Mark
  // Ellery", "14 were injured" → "14 passengers were injured"), where that reads the statement better.
  let readPassages = analyzedPassages;
  let resolutions: ReadonlyArray<ResolvedPassage | null> = [];
  if (!wellSupported(alignment)) {
    const resolved = analyzedPassages.map(resolveReferences);
    if (resolved.some((resolution) => resolution !== null)) {
      const resolvedPassages = analyzedPassages.map((passage, index) =>
        resolved[index] ? analyzeTextOnce(resolved[index].text) : passage,
      );
      const candidate = alignStatement(analyzedStatement, resolvedPassages, costs, undefined, equivalents);
      if (candidate.cost < alignment.cost) {
        alignment = candidate;
        readPassages = resolvedPassages;
        resolutions = resolved;
      }
    }
  }
  const spans: SupportSpan[] = [];
  for (const link of alignment.links) {
    if (!link) continue;
    const token = readPassages[link.passage]!.tokens[link.token]!;
    const resolution = resolutions[link.passage];
    const start = resolution ? resolution.originalOffset(token.start) : token.start;
    const end = resolution ? resolution.originalOffset(token.end) : token.end;
    const span = spans.find((candidate) => candidate.passage === link.passage);
    if (span) {
      span.start = Math.min(span.start, start);
      span.end = Math.max(span.end, end);
    } else spans.push({ passage: link.passage, start, end });
  }
  const partial = { statement: analyzedStatement, passages: readPassages, alignment };
  const context: SupportContext = { ...partial, primary: primarySentence(partial) };
  // A quote is a verbatim claim: its words and its speaker.
  if (kind === "quote") {
    const faults: SupportFault[] =
      verbatimIn >= 0
        ? compareQuotes({ ...context, statement: analyzeText(`"${statement}"`) }, options.speaker ?? null)
        : [{ kind: "quote", reason: "quote is not verbatim in the cited passage" }];
    return {
      verdict: faults.length === 0 ? "supported" : "unsupported",
      score: faults.length === 0 ? 1 : 0,
      reasons: faults.map((fault) => fault.reason),
      spans,
    };
  }
  if (kind === "headline" || kind === "title")
    return checkHeadline(statement, passages, context, spans, label, kind === "title");

  const faults: SupportFault[] = [
    ...compareQuantities(context),
    ...compareAttachments(context),
    ...compareNames(context),
    ...compareDates(context),
    ...comparePolarity(context),
    ...compareIntentions(context),
    ...compareReusedPhrases(context),
    ...compareSuperlatives(context),
    ...compareStitchedDetails(context),
    ...compareOpposites(context),
    ...compareBounds(context),
    ...compareDirections(context),
    ...compareDroppedContext(context),
    ...compareRoles(context),
    ...compareOffices(context),
    ...comparePersonOffices(context),
    ...compareQuotes(context),
    ...compareSpeakers(context),
    ...compareCountedNouns(context),
    ...compareCrossedRoles(context),
    ...compareRelativeHosts(context),
    ...comparePassiveDoers(context),
    ...compareAgedPeople(context),
    ...compareUniversals(context),
    ...compareAntecedents(context),
  ];
  // A name or nationality no cited passage mentions is a claim of its own, however well the rest matches.
  faults.push(
    ...compareAddedNames(
      analyzedStatement,
      [...analyzedPassages, ...(options.outlets ?? []).map((outlet) => analyzeText(outlet))],
      alignment,
    ),
  );
  const perWord = alignment.cost / Math.max(MINIMUM_WORDS, alignment.wordCount);
  let score = 2 ** (-perWord / limit);
  if (faults.length > 0) score = Math.min(score * 0.5 ** faults.length, 0.49);
  // A sentence in other words than its passages' (nothing of them to align), whose every content
  // word they use and whose facts all compare: supported, at the line.
  else if (score < 0.5 && abstractiveSupport(analyzedStatement, analyzedPassages)) score = 0.5;
  const verdict = score >= 0.5 ? "supported" : "unsupported";
  const reasons =
    verdict === "supported"
      ? []
      : [...new Set([...faults.map((fault) => fault.reason), ...(faults.length > 0 ? [] : wordingReasons(context))])];
  if (verdict === "unsupported" && reasons.length === 0)
    reasons.push(`its wording is too far from the cited passages (support ${score.toFixed(2)})`);
  return { verdict, score: Number(score.toFixed(3)), reasons, spans };
}

/**
 * A headline verb the passages have only as an infinitive under a verb the headline leaves out:
 * "Velora union strikes over pay" (or "… to strike") from "the union … threatened on Monday to strike
 * over pay" tells as done, or decided, what was only threatened.
 */
function toldAsDone(context: SupportContext): string[] {
  const reasons: string[] = [];
  const linked = new Set(context.alignment.links.flatMap((link) => (link ? [`${link.passage}:${link.token}`] : [])));
  context.statement.tokens.forEach((token, index) => {
    const link = context.alignment.links[index];
    if (!link || (token.pos !== "VERB" && token.pos !== "NOUN")) return;
    const tokens = context.passages[link.passage]!.tokens;
    if (tokens[link.token - 1]?.key !== "to") return;
    for (let back = link.token - 2; back >= 0 && tokens[back]!.sentence === tokens[link.token]!.sentence; back -= 1) {
      const word = tokens[back]!;
      if (word.pos !== "VERB") continue;
      if (!linked.has(`${link.passage}:${back}`))
        reasons.push(
          `tells "${token.text}" as done, where the passage says "${word.text} … to ${tokens[link.token]!.text}"`,
        );
      return;
    }
  });
  return reasons;
}

/**
 * A headline is telegraphic ("Israel, Hamas agree truce") and often title-cased: its wording is not
 * judged. It must say what happened, with a verb (not a label); its numbers, names and quoted words
 * must be in the cited passages, and who did what to whom must be the passages' way round.
 * An outlet's title reprinted (`ownWords`) says no more than its passages: headlinese ("Velora union
 * threatens strike over pay" for "The union … at carmaker Velora threatened on Monday to strike over
 * pay") drops articles, puts past events in the present and a noun's modifier before it, but every
 * content word is one the passages use, and its figures, names, dates and negations compare as a
 * sentence's do ("calls off strike", "over pensions", "does not threaten" are not theirs).
 */
function checkHeadline(
  headline: string,
  passages: readonly string[],
  context: SupportContext,
  spans: SupportSpan[],
  label: string | null,
  ownWords = false,
): SupportCheck {
  const cited = citedText(passages.join("\n"));
  // Title case ("Swimmer And Actress Dies") and a first word capitalised as any headline's are not names.
  const words = headline.split(/\s+/).filter((word) => /^\p{L}/u.test(word));
  const titleCase = words.filter((word) => /^\p{Lu}/u.test(word)).length >= words.length * 0.6;
  // The first word is a name only when the tagger reads it as one ("Hezbollah tally", not "Perennial party girl").
  const firstToken = context.statement.tokens.find((token) => token.pos !== "PUNCT");
  const first = firstToken && firstToken.pos !== "PROPN" ? firstToken.text : "";
  const reasons = [
    ...statementTerms(headline)
      .filter((term) => !(term.kind === "name" && (titleCase || term.text === first)))
      .filter((term) => !term.foundIn(cited))
      .map((term) => term.reason),
    ...compareRoles(context).map((fault) => fault.reason),
  ];
  // Telegraphic wording aside, a headline most of whose words no passage uses is not theirs.
  const known = new Set(context.passages.flatMap((passage) => passage.tokens.map((token) => token.key)));
  const content = context.statement.tokens.filter(isContentToken);
  const invented = content.filter((token) => !known.has(token.key));
  if (content.length > 0 && (ownWords ? invented.length > 0 : invented.length * 2 > content.length))
    reasons.push(`adds ${invented.map((token) => `"${token.text}"`).join(", ")}, which no cited passage says`);
  if (ownWords)
    reasons.push(
      ...[
        ...compareQuantities(context),
        ...compareNames(context),
        ...compareDates(context),
        ...comparePolarity(context),
      ].map((fault) => fault.reason),
      ...toldAsDone(context),
    );
  if (label) reasons.unshift(label);
  const unique = [...new Set(reasons)];
  return {
    verdict: unique.length === 0 ? "supported" : "unsupported",
    score: unique.length === 0 ? 1 : Math.min(0.49, 0.5 ** unique.length),
    reasons: unique,
    spans,
  };
}
