import type { AddressInfo } from "node:net";
import { createConnection, createServer, type Socket } from "node:net";

export interface TcpProxy {
  port: number;
  /** Connections opened to the proxy so far, forwarded or refused. */
  connections: () => number;
  /**
   * Down: every open connection is cut and new ones are reset at once, as when the server behind
   * it stops; up: connections are forwarded again.
   */
  setDown: (down: boolean) => void;
  close: () => Promise<void>;
}

/**
 * A TCP proxy on 127.0.0.1 to `host:port` that a test can cut off and restore. Test support only.
 * It listens on `listenPort` when given (e.g. one a worker already tries, so the database appears
 * there), else on a free port.
 */
export async function startTcpProxy(host: string, port: number, listenPort = 0): Promise<TcpProxy> {
  let down = false;
  let count = 0;
  const open = new Set<Socket>();
  const server = createServer((client) => {
    count += 1;
    if (down) {
      client.resetAndDestroy();
      return;
    }
    const upstream = createConnection({ host, port });
    for (const socket of [client, upstream]) {
      open.add(socket);
      socket.on("close", () => open.delete(socket));
      socket.on("error", () => undefined);
    }
    client.pipe(upstream).pipe(client);
    client.on("close", () => upstream.destroy());
    upstream.on("close", () => client.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(listenPort, "127.0.0.1", resolve);
  });
  return {
    port: (server.address() as AddressInfo).port,
    connections: () => count,
    setDown(value) {
      down = value;
      if (down) for (const socket of open) socket.destroy();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A port on 127.0.0.1 where nothing listens (free when this returns). */
export async function unusedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
