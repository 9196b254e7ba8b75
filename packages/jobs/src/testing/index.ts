// Test support for other packages' tests (e.g. the CLI's): not part of the runtime API.
export type { FeedRequest, TestFeedItem, TestFeedServer } from "./feed-server.js";
export { startTestFeedServer } from "./feed-server.js";
export type { PrivatePostgresServer } from "./private-postgres-server.js";
export { canStartPrivatePostgres, startPrivatePostgres } from "./private-postgres-server.js";
export { type Cleanup, stopWithThisProcess } from "./stop-with-this-process.js";
export type { TcpProxy } from "./tcp-proxy.js";
export { startTcpProxy, unusedPort } from "./tcp-proxy.js";
export { isFinished, waitForJob } from "./wait-for-job.js";
