// Test support for other packages' tests (fake OpenAI servers, a written story); never imported by production code.
export { type FakeBatchApiOptions, fakeBatchApi } from "./digest/testing/fake-batch-api.js";
export {
  answerFromPrompt,
  type RecordedRequest,
  sendJson,
  startFakeServer,
} from "./digest/testing/fake-openai-server.js";
export { LABOUR_DISPUTE_DRAFTS } from "./digest/testing/labour-dispute-articles.js";
