// Test support for other packages' tests (fake OpenAI servers, the bundled look-alike events corpus); never
// imported by production code.
export { type FakeBatchApiOptions, fakeBatchApi } from "./digest/testing/fake-batch-api.js";
export {
  answerFromPrompt,
  type RecordedRequest,
  sendJson,
  startFakeServer,
} from "./digest/testing/fake-openai-server.js";
export { type LookAlikeArticle, lookAlikeArticles, lookAlikeEventsPath } from "./eval/testing/look-alike-events.js";
