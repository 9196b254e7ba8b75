/**
 * Development and browser-test data: one user per role, a story of three articles from samples/seeds
 * with chunks at real offsets, and a digest whose sentences cite real spans of those chunks; plus a
 * story whose article contains markup, to check that pages render it as text.
 *
 *   DATABASE_URL=file:/tmp/web-dev.db npx tsx --conditions=@roundup/source apps/web/scripts/dev-seed.ts
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import {
  createDatabase,
  type Database,
  parseDigestContent,
  readDatabaseEnv,
  refreshStorySummaries,
  upsertUser,
} from "@roundup/db";
import type { Citation, Digest } from "@roundup/prompts";

const seedsDirectory = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../samples/seeds");

export const devUsers = {
  editor: { email: "editor@roundup.test", name: "Eddie Editor", password: "editor-password", role: "editor" },
  reviewer: { email: "reviewer@roundup.test", name: "Rita Reviewer", password: "reviewer-password", role: "reviewer" },
  admin: { email: "admin@roundup.test", name: "Ada Admin", password: "admin-password", role: "admin" },
} as const;

interface SeedChunk {
  id: string;
  index: number;
  start: number;
  end: number;
  text: string;
}

interface SeedArticle {
  id: string;
  title: string;
  text: string;
  chunks: SeedChunk[];
}

function hash(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 16);
}

/** One chunk per paragraph (non-empty line), with offsets into the text. */
function chunkByParagraph(articleId: string, text: string): SeedChunk[] {
  const chunks: SeedChunk[] = [];
  const pattern = /[^\n]+/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match[0].trim() === "") continue;
    const start = match.index;
    const end = start + match[0].length;
    chunks.push({ id: `${articleId}-c${chunks.length}`, index: chunks.length, start, end, text: match[0] });
  }
  return chunks;
}

/** Sentence offsets inside a chunk, as [start, end] pairs in article coordinates. */
function sentenceSpans(chunk: SeedChunk): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const pattern = /[^.!?]+[.!?]+["”’]?/g;
  for (let match = pattern.exec(chunk.text); match; match = pattern.exec(chunk.text)) {
    const leading = match[0].length - match[0].trimStart().length;
    spans.push([chunk.start + match.index + leading, chunk.start + match.index + match[0].length]);
  }
  return spans.length ? spans : [[chunk.start, chunk.end]];
}

function readSeed(file: string): { title: string; text: string } {
  const raw = readFileSync(path.join(seedsDirectory, file), "utf8");
  const [title = file, ...rest] = raw.split("\n");
  const text = rest
    .join("\n")
    .replace(/^\s*-----\s*/, "")
    .trim();
  return { title: title.trim(), text };
}

function makeArticle(title: string, text: string): SeedArticle {
  const id = `a-${hash(text)}`;
  return { id, title, text, chunks: chunkByParagraph(id, text) };
}

/** A citation of the first sentence of a chunk, at its exact offsets in the article text. */
function citeFirstSentence(article: SeedArticle, chunkIndex: number): { citation: Citation; sentence: string } {
  const chunk = article.chunks[chunkIndex];
  if (!chunk) throw new Error(`Seed article ${article.title} has no chunk ${chunkIndex}`);
  const match = /^.+?[.!?](?:["”’])?(?=\s|$)/.exec(chunk.text);
  const sentence = match ? match[0] : chunk.text;
  return {
    citation: { articleId: article.id, chunkId: chunk.id, start: chunk.start, end: chunk.start + sentence.length },
    sentence,
  };
}

async function storeArticle(
  db: Database,
  article: SeedArticle,
  extra: { storyId: string; source: string; publishedAt: Date; duplicateOfId?: string },
) {
  await db.article.create({
    data: {
      id: article.id,
      contentHash: hash(`content:${article.text}`),
      title: article.title,
      source: extra.source,
      url: `https://${extra.source.toLowerCase().replace(/[^a-z]+/g, "")}.example/${article.id}`,
      publishedAt: extra.publishedAt,
      language: "en",
      originalText: article.text,
      text: article.text,
      storyId: extra.storyId,
      duplicateOfId: extra.duplicateOfId ?? null,
      chunks: {
        create: article.chunks.map((chunk) => ({
          id: chunk.id,
          index: chunk.index,
          start: chunk.start,
          end: chunk.end,
          text: chunk.text,
          tokens: Math.ceil(chunk.text.length / 4),
          sentences: JSON.stringify(sentenceSpans(chunk)),
        })),
      },
    },
  });
}

async function storeDigest(db: Database, storyId: string, digest: Digest): Promise<string> {
  const content = JSON.stringify(digest);
  const created = await db.digest.create({
    data: {
      storyId,
      content,
      engine: digest.generation.engine,
      model: digest.generation.model,
      promptId: digest.generation.promptId,
      inputHash: digest.generation.inputHash,
      usage: JSON.stringify(digest.generation.usage),
      costUsd: 0,
      latencyMs: 0,
      revisions: { create: { number: 1, action: "generated", status: "draft", content } },
    },
  });
  return created.id;
}

export interface SeedResult {
  storyId: string;
  digestId: string;
  markupStoryId: string;
  articleIds: string[];
}

export interface SeededStory {
  storyId: string;
  digestId: string;
  articleIds: string[];
}

/**
 * A story of three articles from samples/seeds (one a near-duplicate rewrite) with a digest whose
 * sentences cite real spans, one of them flagged unsupported. `variant` adds a line to each article,
 * so tests can seed as many independent copies as they need (article ids follow the text).
 */
export async function seedBlinkenStory(
  db: Database,
  options: { label?: string; variant?: string } = {},
): Promise<SeededStory> {
  const variant = (text: string) => (options.variant ? `${text}\n(Desk copy ${options.variant}.)` : text);
  const seed = (file: string) => {
    const { title, text } = readSeed(file);
    return makeArticle(title, variant(text));
  };
  const first = seed("000_8707b4ad2ec9a16f.txt");
  const rewrite = seed("001_a5e68ea2d93fdf5a.txt");
  const qatar = seed("003_2d736acade308af8.txt");

  const story = await db.story.create({
    data: {
      label: options.label ?? "Blinken presses Israel–Hamas truce talks",
      startAt: new Date("2024-02-07T08:00:00Z"),
      endAt: new Date("2024-02-08T18:00:00Z"),
    },
  });
  await storeArticle(db, first, {
    storyId: story.id,
    source: "Gulf Wire",
    publishedAt: new Date("2024-02-07T09:30:00Z"),
  });
  await storeArticle(db, rewrite, {
    storyId: story.id,
    source: "Rewrite Daily",
    publishedAt: new Date("2024-02-07T15:00:00Z"),
    duplicateOfId: first.id,
  });
  await storeArticle(db, qatar, {
    storyId: story.id,
    source: "Harbor Times",
    publishedAt: new Date("2024-02-08T11:00:00Z"),
  });

  const one = citeFirstSentence(first, 0);
  const two = citeFirstSentence(first, 2);
  const three = citeFirstSentence(qatar, 0);
  const four = citeFirstSentence(first, 3);
  const quote = citeFirstSentence(first, 1);
  const independentSources = [first, rewrite, qatar].map((article, index) => ({
    articleId: article.id,
    title: article.title,
    source: ["Gulf Wire", "Rewrite Daily", "Harbor Times"][index] ?? null,
    url: null,
    publishedAt: ["2024-02-07", "2024-02-07", "2024-02-08"][index] ?? null,
    independent: article !== rewrite,
    duplicateOf: article === rewrite ? first.id : null,
  }));
  const digest: Digest = {
    headline: "Blinken says much work remains on a Gaza truce after Hamas counterproposal",
    summary: [
      { text: one.sentence, citations: [one.citation], verification: { status: "verified", reasons: [] } },
      { text: two.sentence, citations: [two.citation], verification: { status: "verified", reasons: [] } },
      { text: three.sentence, citations: [three.citation], verification: { status: "verified", reasons: [] } },
      {
        text: "Both sides agreed to a permanent ceasefire on Wednesday.",
        citations: [four.citation],
        verification: { status: "unsupported", reasons: ["No cited passage states that an agreement was reached."] },
      },
    ],
    keyPoints: [{ text: four.sentence, citations: [four.citation] }],
    timeline: [
      { date: "2024-02-07", text: "Blinken meets Netanyahu and Herzog in Jerusalem.", citations: [quote.citation] },
      { date: "2024-02-08", text: "Talks continue in Qatar.", citations: [three.citation] },
    ],
    quotes: [{ speaker: "Antony Blinken", text: quote.sentence.replace(/^“|”.*$/g, ""), citations: [quote.citation] }],
    disagreements: [
      {
        topic: "how long the truce plan would last",
        claims: [
          { value: "four and a half months", text: four.sentence, citations: [four.citation] },
          { value: "unclear", text: three.sentence, citations: [three.citation] },
        ],
      },
    ],
    sources: independentSources,
    generation: {
      engine: "offline",
      model: null,
      promptId: "dev-seed",
      inputHash: hash(first.text + qatar.text),
      usage: { inputTokens: 0, outputTokens: 0 },
      costUsd: 0,
      latencyMs: 0,
    },
  };
  const digestId = await storeDigest(db, story.id, digest);
  // Written directly above, not through the queries that keep the inbox columns in step.
  await refreshStorySummaries(db, [story.id]);
  return { storyId: story.id, digestId, articleIds: [first.id, rewrite.id, qatar.id] };
}

/** Fills an empty, migrated database. Running it twice fails on unique ids, by design. */
export async function seedDevelopmentData(db: Database): Promise<SeedResult> {
  for (const user of Object.values(devUsers)) await upsertUser(db, user);
  const { storyId, digestId, articleIds } = await seedBlinkenStory(db);
  const digest = parseDigestContent(
    (await db.digest.findUniqueOrThrow({ where: { id: digestId }, select: { content: true } })).content,
  );
  if (!digest) throw new Error("the seeded digest does not parse");

  // Markup in articles must show up as text, never run.
  const markup = makeArticle(
    "Markup test <script>window.__roundupInjected = 1</script>",
    'This article carries markup: <img src=x onerror="window.__roundupInjected = 2">.\nIt should read as plain text <b>not bold</b>.',
  );
  const markupStory = await db.story.create({ data: { label: "Markup <script>alert(1)</script> story" } });
  await storeArticle(db, markup, {
    storyId: markupStory.id,
    source: "Test Desk",
    publishedAt: new Date("2024-02-06T10:00:00Z"),
  });
  const markupCitation = citeFirstSentence(markup, 0);
  await storeDigest(db, markupStory.id, {
    ...digest,
    headline: 'Digest with <img src=x onerror="window.__roundupInjected = 3"> markup',
    summary: [{ text: markupCitation.sentence, citations: [markupCitation.citation] }],
    keyPoints: [],
    timeline: [],
    quotes: [],
    disagreements: [],
    sources: [],
  });

  await refreshStorySummaries(db, [markupStory.id]);
  return { storyId, digestId, markupStoryId: markupStory.id, articleIds };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const db = createDatabase(readDatabaseEnv().databaseUrl);
  seedDevelopmentData(db)
    .then((result) => {
      console.log(
        `Seeded story ${result.storyId} (digest ${result.digestId}) and markup story ${result.markupStoryId}`,
      );
      console.log(
        Object.values(devUsers)
          .map((user) => `${user.role}: ${user.email} / ${user.password}`)
          .join("\n"),
      );
    })
    .finally(() => db.$disconnect());
}
