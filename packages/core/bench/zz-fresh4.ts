import type { Digest } from "@roundup/prompts";
import { createOfflineEngine } from "../src/digest/engines/offline-engine.js";
import { corroborate } from "../src/digest/facts/corroborate.js";
import { extractFacts } from "../src/digest/facts/extract-facts.js";
import { generateDigest } from "../src/digest/generate-digest.js";
import type { ExpectedFacts } from "../src/digest/testing/expected-facts.js";
import type { Article } from "../src/model/index.js";
import * as bag from "/tmp/lead36/stories4/bus-plunge.js";
import * as rw from "/tmp/lead36/stories4/mayor-arrest.js";
import * as ts from "/tmp/lead36/stories4/tech-layoffs.js";
import * as lib from "/tmp/lead36/stories4/library-arson.js";
const STORIES: ReadonlyArray<readonly [string, () => Article[], ExpectedFacts]> = [
  ["bus plunge", bag.articles, bag.EXPECTED],
  ["mayor arrest", rw.articles, rw.EXPECTED],
  ["tech layoffs", ts.articles, ts.EXPECTED],
  ["library arson", lib.articles, lib.EXPECTED],
];
const squash = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
const contains = (text: string, piece: string) => squash(text).includes(squash(piece));
const accepted = (date: string | null, dates: ReadonlyArray<string | null>) =>
  dates.some((wanted) => (wanted === null ? date === null : date !== null && date.startsWith(wanted)));

async function score(name: string, articles: Article[], expected: ExpectedFacts): Promise<string[]> {
  const facts = extractFacts(articles);
  const digest: Digest = await generateDigest({
    story: { id: name, label: name, articleIds: articles.map((article) => article.id), startAt: null, endAt: null },
    articles,
    engine: createOfflineEngine(),
  });
  const lines: string[] = [`== ${name} (${articles.length} articles)`];
  const misses: string[] = [];

  // Quotes: every quotation found by code (before the digest chooses a few).
  let quotesRight = 0;
  let partialRight = 0;
  for (const wanted of expected.quotes) {
    const found = facts.quotes.filter(
      (quote) => contains(quote.text, wanted.text) || contains(wanted.text, quote.text),
    );
    const right = found.some((quote) => quote.speaker === wanted.speaker);
    if (right) quotesRight += 1;
    else
      misses.push(
        `quote "${wanted.text}": want ${wanted.speaker}, got ${found.map((quote) => `${quote.speaker}`).join(" | ") || "no quote"}`,
      );
    if (found.some((quote) => quote.partial === (wanted.partial ?? false))) partialRight += 1;
    else if (found.length > 0) misses.push(`quote "${wanted.text}": partial should be ${wanted.partial ?? false}`);
  }
  const unexpected = facts.quotes.filter(
    (quote) =>
      !expected.quotes.some((wanted) => contains(quote.text, wanted.text) || contains(wanted.text, quote.text)),
  );
  for (const quote of unexpected) misses.push(`extra quote "${quote.text}" (${quote.speaker})`);
  const shownWrong = digest.quotes.filter((quote) => {
    const wanted = expected.quotes.find((item) => contains(quote.text, item.text) || contains(item.text, quote.text));
    return !wanted || wanted.speaker !== quote.speaker;
  });
  for (const quote of shownWrong) misses.push(`digest shows quote "${quote.text}" as ${quote.speaker}`);
  lines.push(
    `quotes: ${quotesRight}/${expected.quotes.length} with the right speaker, partial flag right ${partialRight}/${expected.quotes.length}, ${unexpected.length} extra; digest shows ${digest.quotes.length}, ${shownWrong.length} wrong`,
  );

  // Timeline: the entries facts code puts on it, and the date it gives every sentence.
  let onTimelineRight = 0;
  let onTimelineCited = 0;
  let onTimelineWrong = 0;
  let sentenceRight = 0;
  // An entry in its words, else one that tells the same development in another outlet's words and cites it.
  const entryOf = (text: string) => {
    const told = facts.sentences.filter((item) => contains(item.sentence.text, text));
    const own = facts.timeline.find((item) => contains(item.text, text));
    const citing = facts.timeline.find((item) =>
      item.citations.some((citation) =>
        told.some(
          (sentence) => sentence.article.id === citation.articleId && sentence.sentence.start === citation.start,
        ),
      ),
    );
    return { own, entry: own ?? citing };
  };
  for (const wanted of expected.timeline) {
    const index = facts.sentences.findIndex((item) => contains(item.sentence.text, wanted.text));
    const when = index >= 0 ? (facts.sentenceDates[index]?.date ?? null) : undefined;
    const { own, entry } = entryOf(wanted.text);
    if (entry && accepted(entry.date, wanted.dates)) {
      onTimelineRight += 1;
      if (!own) onTimelineCited += 1;
    } else if (entry) {
      onTimelineWrong += 1;
      misses.push(`timeline "${wanted.text}": dated ${entry.date}, want ${wanted.dates.join(" or ")}`);
    } else misses.push(`timeline "${wanted.text}": not on the timeline (sentence dated ${when})`);
    if (when !== undefined && accepted(when, wanted.dates)) sentenceRight += 1;
  }
  // The digest's timeline adds superseded statements dated the same way: those are checked too.
  let digestWrong = 0;
  for (const entry of digest.timeline) {
    const wanted = expected.timeline.find((item) => contains(entry.text, item.text));
    if (wanted && !accepted(entry.date, wanted.dates)) {
      digestWrong += 1;
      misses.push(`digest timeline "${wanted.text}": dated ${entry.date}, want ${wanted.dates.join(" or ")}`);
    }
    // A date it must never have counts too (the digest's entries are not all expected ones).
    const never = expected.neverDated.find(
      (item) =>
        contains(entry.text, item.text) &&
        entry.date != null &&
        (entry.date === item.date || (!item.exact && entry.date.startsWith(`${item.date}-`))),
    );
    if (!wanted && never) {
      digestWrong += 1;
      misses.push(`digest timeline "${never.text}": dated ${entry.date} (must never be ${never.date})`);
    }
  }
  let backgroundWrong = 0;
  for (const never of expected.neverDated) {
    const entry = facts.timeline.find((item) => contains(item.text, never.text));
    const index = facts.sentences.findIndex((item) => contains(item.sentence.text, never.text));
    const when = index >= 0 ? facts.sentenceDates[index]?.date : undefined;
    const taken = (date: string | null | undefined) =>
      date != null && (date === never.date || (!never.exact && date.startsWith(`${never.date}-`)));
    if (taken(entry?.date) || taken(when)) {
      backgroundWrong += 1;
      misses.push(`"${never.text}" dated ${entry?.date ?? when} (must never be ${never.date})`);
    }
  }
  // One event told with other relative days is one entry; entries stand in the order the texts show.
  let sameRight = 0;
  for (const [a, b] of expected.sameEntry ?? []) {
    const [first, second] = [entryOf(a), entryOf(b)];
    const one = first.entry !== undefined && first.entry === second.entry;
    if (one) sameRight += 1;
    else
      misses.push(
        `timeline "${a}" and "${b}": ${first.entry && second.entry ? `two entries (${first.entry.date}, ${second.entry.date})` : "not both on it"}`,
      );
  }
  const positions = (expected.order ?? []).map((text) => {
    const entry = entryOf(text).entry;
    return entry ? facts.timeline.indexOf(entry) : -1;
  });
  const inOrder = positions.every(
    (position, index) => position >= 0 && (index === 0 || position >= positions[index - 1]!),
  );
  if (!inOrder) misses.push(`timeline order of ${expected.order?.join(" | ")}: entries at ${positions.join(", ")}`);
  lines.push(
    `timeline: ${onTimelineRight}/${expected.timeline.length} expected entries on it with the right date (${onTimelineCited} as a citation of an entry in another outlet's words), ${onTimelineWrong} with a wrong date (${facts.timeline.length} entries in all); digest timeline entries with a wrong date ${digestWrong} of ${digest.timeline.length}; sentence dates right ${sentenceRight}/${expected.timeline.length}; background dates taken ${backgroundWrong}/${expected.neverDated.length}${expected.sameEntry ? `; one event one entry ${sameRight}/${expected.sameEntry.length}` : ""}${expected.order ? `; order ${inOrder ? "right" : "wrong"}` : ""}`,
  );

  // Disagreements. A value as written: "14" is not inside "14.1".
  const valueIn = (claimValue: string, value: string) =>
    new RegExp(`(^|[^\\d.,])${value.replace(/[.]/g, "\\.")}($|[^\\d.,]|[.,](?!\\d))`).test(claimValue);
  const has = (disagreement: Digest["disagreements"][number], value: string) =>
    disagreement.claims.some((claim) => valueIn(claim.value, value));
  let disagreementsRight = 0;
  for (const wanted of expected.disagreements) {
    const found = facts.disagreements.find((item) => has(item, wanted.values[0]) && has(item, wanted.values[1]));
    const outlets = found?.claims.map((claim) => claim.outlets?.[0]) ?? [];
    if (found && wanted.outlets.every((outlet) => outlets.includes(outlet))) disagreementsRight += 1;
    else
      misses.push(
        `disagreement ${wanted.values.join(" vs ")} (${wanted.outlets.join(" vs ")}) ${found ? `found with outlets ${outlets.join(", ")}` : "not found"}`,
      );
  }
  const wrong = facts.disagreements.filter(
    (item) => !expected.disagreements.some((wanted) => has(item, wanted.values[0]) && has(item, wanted.values[1])),
  );
  for (const item of wrong)
    misses.push(
      `false disagreement "${item.topic}": ${item.claims.map((claim) => `${claim.value} (${claim.outlets?.join(", ")}: ${claim.text})`).join(" vs ")}`,
    );
  // A trap counts wherever it is taken: a third value joined to a real disagreement (an offer's cost
  // beside the deal's two) sets the trap's two values against each other too.
  const taken = expected.notDisagreements.filter(([a, b]) =>
    facts.disagreements.some((item) => has(item, a) && has(item, b)),
  );
  for (const [a, b] of taken) misses.push(`trap taken: ${a} vs ${b}`);
  const trapsTaken = taken.length;
  lines.push(
    `disagreements: ${disagreementsRight}/${expected.disagreements.length} right, ${wrong.length} wrong (${trapsTaken} of the ${expected.notDisagreements.length} written traps taken); digest shows ${digest.disagreements.length}`,
  );

  // Corroboration of given claims.
  let corroborationRight = 0;
  for (const wanted of expected.corroboration) {
    const sentence = facts.sentences.find((item) => contains(item.sentence.text, wanted.text));
    if (!sentence) {
      misses.push(`corroboration: no sentence "${wanted.text}"`);
      continue;
    }
    const [result] = corroborate([{ text: sentence.sentence.text, citations: [] }], articles, facts.sentences);
    if (result?.corroboration.outlets === wanted.outlets) corroborationRight += 1;
    else
      misses.push(`corroboration "${wanted.text}": ${result?.corroboration.outlets} outlets, want ${wanted.outlets}`);
  }
  const independent = new Set(digest.sources.filter((source) => source.independent).map((source) => source.source))
    .size;
  const overCounted = [...digest.summary, ...digest.keyPoints].filter(
    (sentence) => (sentence.corroboration?.outlets ?? 0) > independent || (sentence.corroboration?.outlets ?? 0) < 1,
  ).length;
  lines.push(
    `corroboration: ${corroborationRight}/${expected.corroboration.length} written claims counted right; digest sentences out of range ${overCounted}`,
  );

  // Key points: each should say something the summary does not (a figure or a name it lacks).
  const summaryText = digest.summary.map((sentence) => sentence.text).join(" ");
  const tokensOf = (text: string) => new Set(text.match(/\d[\d,.]*\d|\d|\b[A-Z][\p{L}'’-]+/gu) ?? []);
  const summaryTokens = tokensOf(summaryText);
  const repeating = digest.keyPoints.filter((point) =>
    [...tokensOf(point.text)].every((token) => summaryTokens.has(token)),
  );
  for (const point of repeating) misses.push(`key point adds no figure or name: ${point.text}`);
  lines.push(`key points: ${digest.keyPoints.length}, ${repeating.length} adding no figure or name the summary lacks`);

  // Headline: what happened most recently, when the story says what that is.
  if (expected.headline) {
    const right = expected.headline.some((piece) => contains(digest.headline, piece));
    if (!right) misses.push(`headline "${digest.headline}": want one of ${expected.headline.join(" | ")}`);
    lines.push(`headline: ${right ? "says what happened last" : "wrong"} ("${digest.headline}")`);
  }

  // Summary: the news it must tell, and prose that states none.
  if (expected.summary) {
    const missing = expected.summary.holds.filter((piece) => !contains(summaryText, piece));
    const unwanted = expected.summary.never.filter((piece) => contains(summaryText, piece));
    for (const piece of missing) misses.push(`summary lacks "${piece}"`);
    for (const piece of unwanted) misses.push(`summary holds "${piece}"`);
    lines.push(
      `summary: ${expected.summary.holds.length - missing.length}/${expected.summary.holds.length} wanted pieces, ${unwanted.length} unwanted`,
    );
  }

  return [...lines, ...misses.map((miss) => `  - ${miss}`)];
}

const only = process.argv.slice(2);
for (const [name, articlesOf, expected] of STORIES) {
  if (only.length > 0 && !only.includes(name)) continue;
  process.stdout.write(`${(await score(name, articlesOf(), expected)).join("\n")}\n`);
}
