/**
 * Candor's own ops HTTP server, for when no Slack HTTP-mode server already
 * listens on PORT (Socket Mode, Discord only).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { opsRequestListener, type OpsDeps } from './routes.js';

export interface OpsServerOptions extends OpsDeps {
  /** 0 picks a free port (tests). */
  port: number;
  /** Default: all interfaces, as a container needs. */
  host?: string;
}

export interface OpsServer {
  readonly server: Server;
  /** Resolves with the port actually listened on; rejects on EADDRINUSE and the like. */
  listen(): Promise<number>;
  /** Stops listening and drops idle keep-alive connections (a scraper's). */
  close(): Promise<void>;
}

export function createOpsServer(options: OpsServerOptions): OpsServer {
  const server = createServer(opsRequestListener(options));
  const log = options.logger.child({ component: 'ops-http' });
  return {
    server,
    listen() {
      return new Promise((resolve, reject) => {
        const onError = (error: Error) => reject(error);
        server.once('error', onError);
        server.listen(options.port, options.host, () => {
          server.off('error', onError);
          const port = (server.address() as AddressInfo).port;
          log.info({ port }, 'ops endpoints listening');
          resolve(port);
        });
      });
    },
    close() {
      return new Promise((resolve, reject) => {
        if (!server.listening) return resolve();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeIdleConnections();
      });
    },
  };
}
