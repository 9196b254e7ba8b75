import { readFileSync } from "node:fs";
import { type IncomingMessage, type Server, type ServerResponse, createServer } from "node:http";
import type { AddressInfo } from "node:net";

export type Route = (request: IncomingMessage, response: ServerResponse, base: string) => void;

/** A throwaway HTTP server on 127.0.0.1 (port 0) for URL and feed tests; nothing leaves the machine. */
export async function startFixtureServer(routes: Record<string, Route>): Promise<{ base: string; port: number; close: () => Promise<void> }> {
  let base = "";
  const server: Server = createServer((request, response) => {
    const route = routes[new URL(request.url ?? "/", base).pathname];
    if (!route) {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    route(request, response, base);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
  return {
    base,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function fixture(name: string): string {
  return readFileSync(new URL(name, import.meta.url), "utf8");
}

/** Serves a fixture file, replacing `{{BASE}}` with the server's address. */
export function serveFixture(name: string, contentType: string): Route {
  return (_request, response, base) => {
    response.writeHead(200, { "content-type": contentType }).end(fixture(name).replaceAll("{{BASE}}", base));
  };
}
