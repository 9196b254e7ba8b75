// The digest's public API: what apps, jobs and evaluation use. Facts, selection and checking stay
// private to their folders (facts/, evidence/, select/, engines/, verify/).
export type { BatchDigestEngine, BatchEngineOptions, BatchSubmission } from "./engines/batch-engine.js";
export { createBatchEngine } from "./engines/batch-engine.js";
export type { ModelConfig } from "./engines/create-model-from-config.js";
export { createModelFromConfig } from "./engines/create-model-from-config.js";
export type { DigestEngine, DigestRequest, EngineDraft, EngineSettings } from "./engines/digest-engine.js";
export type { LlmEngineOptions } from "./engines/llm-engine.js";
export { createLlmEngine } from "./engines/llm-engine.js";
export type { OfflineEngineOptions } from "./engines/offline-engine.js";
export { createOfflineEngine } from "./engines/offline-engine.js";
export type { DigestPlan, GenerateDigestOptions, GenerateDigestsOptions } from "./generate-digest.js";
export { draftDigest, draftDigests, generateDigest, generateDigests, planDigest } from "./generate-digest.js";
export type { StatementKind, SupportCheck, SupportCheckOptions, SupportSpan } from "./verify/check-support.js";
export { checkSupport } from "./verify/check-support.js";
export { verifyDigest, verifyStatement } from "./verify/verify-digest.js";
