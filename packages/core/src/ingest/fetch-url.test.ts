import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveFixture, startFixtureServer, startUnansweredPort } from "../../test-fixtures/ingest/fixture-server.js";
import { isRoundupError, type RoundupError } from "../errors/index.js";
import { fetchIfChanged, fetchUrl } from "./fetch-url.js";
import { isForbiddenAddress } from "./is-forbidden-address.js";

let server: Awaited<ReturnType<typeof startFixtureServer>>;
const conditionalRequests: Array<{ ifNoneMatch: string | string[] | null; ifModifiedSince: string | null }> = [];
const local = { allowHosts: ["127.0.0.1"] };

beforeAll(async () => {
  server = await startFixtureServer({
    "/article": serveFixture("article.html", "text/html; charset=utf-8"),
    "/slow": () => {
      // Never answers: the client's total timeout must fire.
    },
    "/slow-body": (_request, response) => {
      response.writeHead(200, { "content-type": "text/plain" });
      response.write("start of a body that never ends ");
    },
    "/image": (_request, response) =>
      response.writeHead(200, { "content-type": "image/png" }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47])),
    "/big": (_request, response) => {
      // No Content-Length: the cap must be enforced while streaming.
      response.writeHead(200, { "content-type": "text/plain" });
      const block = "x".repeat(64 * 1024);
      for (let index = 0; index < 40; index++) response.write(block);
      response.end();
    },
    "/big-declared": (_request, response) =>
      response.writeHead(200, { "content-type": "text/plain", "content-length": String(50 * 1024 * 1024) }).end(),
    "/redirect-ok": (_request, response) => response.writeHead(302, { location: "/article" }).end(),
    "/redirect-to-localhost": (_request, response) =>
      response.writeHead(302, { location: `http://localhost:${server.port}/article` }).end(),
    "/redirect-to-metadata": (_request, response) =>
      response.writeHead(301, { location: "http://169.254.169.254/latest/meta-data/" }).end(),
    "/redirect-loop": (_request, response) => response.writeHead(302, { location: "/redirect-loop" }).end(),
    "/validated": (request, response) => {
      conditionalRequests.push({
        ifNoneMatch: request.headers["if-none-match"] ?? null,
        ifModifiedSince: request.headers["if-modified-since"] ?? null,
      });
      const fresh =
        request.headers["if-none-match"] === '"v1"' ||
        request.headers["if-modified-since"] === "Tue, 24 Nov 2026 10:00:00 GMT";
      if (fresh) response.writeHead(304, { etag: '"v1"' }).end();
      else
        response
          .writeHead(200, {
            "content-type": "application/rss+xml",
            etag: '"v1"',
            "last-modified": "Tue, 24 Nov 2026 10:00:00 GMT",
          })
          .end('<rss version="2.0"><channel><title>Wire</title></channel></rss>');
    },
    "/always-304": (_request, response) => response.writeHead(304).end(),
  });
});
afterAll(() => server.close());

async function fetchError(url: string, options: Parameters<typeof fetchUrl>[1] = local): Promise<RoundupError> {
  try {
    await fetchUrl(url, options);
  } catch (error) {
    if (isRoundupError(error)) return error;
    throw error;
  }
  throw new Error(`expected ${url} to fail`);
}

describe("fetchUrl", () => {
  it("fetches an allowed local page and reports type and final URL", async () => {
    const page = await fetchUrl(`${server.base}/redirect-ok`, local);
    expect(page.contentType).toBe("text/html");
    expect(page.url).toBe(`${server.base}/article`);
    expect(page.text).toContain("Qatar says Gaza truce talks");
  });

  it("refuses loopback addresses unless allowed, by name and by literal IP", async () => {
    expect((await fetchError(`http://localhost:${server.port}/article`, {})).code).toBe("FETCH_FORBIDDEN_ADDRESS");
    expect((await fetchError(`${server.base}/article`, {})).code).toBe("FETCH_FORBIDDEN_ADDRESS");
    expect((await fetchError(`http://[::1]:${server.port}/article`, {})).code).toBe("FETCH_FORBIDDEN_ADDRESS");
    expect((await fetchError(`http://[::ffff:127.0.0.1]:${server.port}/article`, {})).code).toBe(
      "FETCH_FORBIDDEN_ADDRESS",
    );
    expect((await fetchError("http://10.1.2.3/", {})).code).toBe("FETCH_FORBIDDEN_ADDRESS");
    expect((await fetchError("http://0x7f.1/", {})).code).toBe("FETCH_FORBIDDEN_ADDRESS");
  });

  it("checks every redirect target", async () => {
    const toLocalhost = await fetchError(`${server.base}/redirect-to-localhost`);
    expect(toLocalhost.code).toBe("FETCH_FORBIDDEN_ADDRESS");
    expect(toLocalhost.input).toBe(`${server.base}/redirect-to-localhost`);
    expect((await fetchError(`${server.base}/redirect-to-metadata`)).code).toBe("FETCH_FORBIDDEN_ADDRESS");
    expect((await fetchError(`${server.base}/redirect-loop`)).code).toBe("FETCH_FAILED");
  });

  it("times out on a server that does not answer, or stops sending", async () => {
    // Neither route ever finishes its answer: only the client's timeout can end these fetches.
    expect((await fetchError(`${server.base}/slow`, { ...local, timeoutMs: 300 })).code).toBe("FETCH_TIMEOUT");
    expect((await fetchError(`${server.base}/slow-body`, { ...local, timeoutMs: 300 })).code).toBe("FETCH_TIMEOUT");
  });

  it("gives up connecting after the connect timeout, naming the URL and the reason", async () => {
    const unanswered = await startUnansweredPort();
    try {
      const url = `http://127.0.0.1:${unanswered.port}/article`;
      const started = Date.now();
      // The total timeout is far longer: only the connect timeout can end this fetch in time.
      const error = await fetchError(url, { ...local, connectTimeoutMs: 300, timeoutMs: 20_000 });
      const elapsed = Date.now() - started;
      expect(error.code).toBe("FETCH_TIMEOUT");
      expect(error.input).toBe(url);
      expect(error.message).toBe(`Could not connect to 127.0.0.1:${unanswered.port} within 300 ms (connect timeout).`);
      // The message names the connect timeout: the 20 s total timeout did not end it.
      expect(elapsed).toBeGreaterThanOrEqual(250);
    } finally {
      await unanswered.close();
    }
  });

  it("reports HTTP errors, wrong content types and oversized bodies", async () => {
    const missing = await fetchError(`${server.base}/nothing-here`);
    expect(missing.code).toBe("FETCH_HTTP_STATUS");
    expect(missing.message).toContain("404");
    expect((await fetchError(`${server.base}/image`)).code).toBe("FETCH_CONTENT_TYPE");
    expect((await fetchError(`${server.base}/big`, { ...local, maxBytes: 1024 * 1024 })).code).toBe("INPUT_TOO_LARGE");
    expect((await fetchError(`${server.base}/big-declared`)).code).toBe("INPUT_TOO_LARGE");
  });

  it("refuses other schemes and credentials", async () => {
    expect((await fetchError("file:///etc/passwd", {})).code).toBe("INPUT_UNSUPPORTED");
    expect((await fetchError("ftp://example.org/x", {})).code).toBe("INPUT_UNSUPPORTED");
    expect((await fetchError("http://user:secret@example.org/", {})).code).toBe("INPUT_UNSUPPORTED");
  });
});

describe("isForbiddenAddress", () => {
  it("asks conditionally with the validators it was given: an unchanged resource is one 304, no body", async () => {
    conditionalRequests.length = 0;
    const first = await fetchIfChanged(`${server.base}/validated`, null, local);
    expect(first.changed).toBe(true);
    if (!first.changed) return;
    expect(first.resource.validators).toEqual({ etag: '"v1"', lastModified: "Tue, 24 Nov 2026 10:00:00 GMT" });
    expect(first.resource.text).toContain("<title>Wire</title>");
    expect(await fetchIfChanged(`${server.base}/validated`, first.resource.validators, local)).toEqual({
      changed: false,
    });
    // Last-Modified alone (a server without ETags) works the same way.
    expect(
      await fetchIfChanged(
        `${server.base}/validated`,
        { etag: null, lastModified: first.resource.validators.lastModified },
        local,
      ),
    ).toEqual({ changed: false });
    expect(conditionalRequests).toEqual([
      { ifNoneMatch: null, ifModifiedSince: null },
      { ifNoneMatch: '"v1"', ifModifiedSince: "Tue, 24 Nov 2026 10:00:00 GMT" },
      { ifNoneMatch: null, ifModifiedSince: "Tue, 24 Nov 2026 10:00:00 GMT" },
    ]);
  });

  it("takes a 304 it did not ask for as an HTTP error, and keeps the SSRF checks on conditional requests", async () => {
    expect((await fetchError(`${server.base}/always-304`)).message).toContain("HTTP 304");
    await expect(
      fetchIfChanged(`${server.base}/validated`, { etag: '"v1"', lastModified: null }),
    ).rejects.toMatchObject({
      code: "FETCH_FORBIDDEN_ADDRESS",
    });
  });

  it("allows only public unicast addresses", () => {
    for (const address of [
      "127.0.0.1",
      "10.0.0.1",
      "172.16.5.4",
      "192.168.1.1",
      "169.254.169.254",
      "100.64.0.1",
      "0.0.0.0",
      "255.255.255.255",
      "224.0.0.1",
      "::1",
      "::",
      "fe80::1",
      "fc00::1",
      "fd12:3456::1",
      "::ffff:127.0.0.1",
      "::ffff:10.0.0.1",
      "64:ff9b::a00:1",
      "not an ip",
    ]) {
      expect(isForbiddenAddress(address), address).toBe(true);
    }
    for (const address of ["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111", "[2001:4860:4860::8888]"]) {
      expect(isForbiddenAddress(address), address).toBe(false);
    }
  });
});
