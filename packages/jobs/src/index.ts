export { sampleCorpusFolder } from "./sample-corpus.js";
export type { DigestStoriesOptions, DigestStoriesReport } from "./tasks/digest-stories.js";
export { digestStories } from "./tasks/digest-stories.js";
export type { GroupReport } from "./tasks/group-into-stories.js";
export { groupIntoStories } from "./tasks/group-into-stories.js";
export type { IngestIntoDatabaseOptions, IngestReport } from "./tasks/ingest-into-database.js";
export { ingestIntoDatabase } from "./tasks/ingest-into-database.js";
