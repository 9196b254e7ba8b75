// Test support for other packages' tests (fake OpenAI servers); never imported by production code.
export { type FakeBatchApiOptions, fakeBatchApi } from "./digest/testing/fake-batch-api.js";
export {
  answerFromPrompt,
  type RecordedRequest,
  sendJson,
  startFakeServer,
} from "./digest/testing/fake-openai-server.js";
