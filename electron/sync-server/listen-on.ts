import type { Server } from '@hocuspocus/server';

/**
 * Starts the server's HTTP listener on `host` and `port` (0: any free one) and resolves with the port.
 * Not Hocuspocus's listen(): it passes the configured address to Node.js as `address`, which Node.js does
 * not read, so the server would listen on every interface whatever it was told. Nothing of ours needs the
 * onListen hooks that listen() would also run.
 */
export function listenOn(server: Server, host: string, port: number): Promise<number> {
  server.configuration.address = host;
  server.configuration.port = port;
  return new Promise((resolve, reject) => {
    server.httpServer.once('error', reject);
    server.httpServer.listen({ host, port }, () => {
      server.httpServer.off('error', reject);
      resolve(server.address.port);
    });
  });
}
