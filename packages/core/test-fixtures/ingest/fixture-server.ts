import { once } from "node:events";
import { readFileSync } from "node:fs";
import { type IncomingMessage, type Server, type ServerResponse, createServer } from "node:http";
import { type AddressInfo, connect, type Socket } from "node:net";
import { Worker } from "node:worker_threads";

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

/**
 * A port on 127.0.0.1 where TCP connects hang, as with a host that drops packets. Its listener (backlog
 * 1) lives on a worker thread that blocks right after listening, so nothing ever accepts; two
 * connections fill the accept queue, and the kernel then drops every further SYN unanswered.
 */
export async function startUnansweredPort(): Promise<{ port: number; close: () => Promise<void> }> {
  const wake = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(
    `const { parentPort, workerData } = require("node:worker_threads");
    const server = require("node:net").createServer();
    server.listen({ port: 0, host: "127.0.0.1", backlog: 1 }, () => {
      parentPort.postMessage(server.address().port);
      Atomics.wait(workerData, 0, 0);
      server.close();
    });`,
    { eval: true, workerData: wake },
  );
  const [port] = (await once(worker, "message")) as [number];
  const fillers: Socket[] = [];
  for (let index = 0; index < 2; index++) {
    const socket = connect(port, "127.0.0.1");
    fillers.push(socket);
    await once(socket, "connect");
  }
  return {
    port,
    close: async () => {
      for (const socket of fillers) socket.destroy();
      Atomics.notify(wake, 0);
      await once(worker, "exit");
    },
  };
}
