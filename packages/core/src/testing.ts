// Test support for other packages' tests and benchmarks (fake OpenAI servers, the bundled look-alike
// events corpus, a written labour-dispute story, synthetic news); never imported by production code.
export { type FakeBatchApiOptions, fakeBatchApi } from "./digest/testing/fake-batch-api.js";
export {
  answerFromPrompt,
  type RecordedRequest,
  sendJson,
  startFakeServer,
} from "./digest/testing/fake-openai-server.js";
export { LABOUR_DISPUTE_DRAFTS } from "./digest/testing/labour-dispute-articles.js";
export { type LookAlikeArticle, lookAlikeArticles, lookAlikeEventsPath } from "./eval/testing/look-alike-events.js";
export type {
  SyntheticNewsArticle,
  SyntheticNewsDay,
  SyntheticNewsOptions,
} from "./group/testing/synthetic-news.js";
export { syntheticArticles, syntheticNews } from "./group/testing/synthetic-news.js";
