// Text rules with no dependencies, safe to bundle for the browser (`@roundup/core/text`): what the
// web app's client components may import without pulling in ingest's network and parsing code.
export { safeHttpUrl } from "./safe-http-url.js";
export { sanitizeInputText } from "./sanitize-input-text.js";
