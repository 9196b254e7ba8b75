// Test support for other packages' tests and benchmarks (fake OpenAI servers, synthetic news); never imported by production code.
export { type FakeBatchApiOptions, fakeBatchApi } from "./digest/testing/fake-batch-api.js";
export {
  answerFromPrompt,
  type RecordedRequest,
  sendJson,
  startFakeServer,
} from "./digest/testing/fake-openai-server.js";
export type {
  SyntheticNewsArticle,
  SyntheticNewsDay,
  SyntheticNewsOptions,
} from "./group/testing/synthetic-news.js";
export { syntheticArticles, syntheticNews } from "./group/testing/synthetic-news.js";
