import { describe, expect, it } from "vitest";
import { safeHttpUrl } from "./safe-http-url.js";

describe("safeHttpUrl", () => {
  it("keeps http and https URLs and refuses every other scheme", () => {
    expect(safeHttpUrl("https://example.org/a?b=1#c")).toBe("https://example.org/a?b=1#c");
    expect(safeHttpUrl(" http://Example.org ")).toBe("http://example.org/");
    for (const unsafe of [
      "javascript:alert(1)",
      "JavaScript:alert(1)",
      " javascript:alert(1)",
      "java\tscript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:x",
      "file:///etc/passwd",
      "//example.org/relative",
      "/relative",
      "not a url",
      "",
      null,
      undefined,
    ]) {
      expect(safeHttpUrl(unsafe)).toBeNull();
    }
  });
});
