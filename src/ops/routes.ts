/**
 * /healthz, /readyz and /metrics as plain node:http handlers: mounted on
 * Candor's own server (server.ts) or, in Slack's HTTP mode, on Bolt's
 * HTTPReceiver as `customRoutes` so both share PORT.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { OnError } from '../errors.js';
import { errorFunnel, type Logger } from '../log.js';
import type { Metrics } from './metrics.js';
import type { Readiness } from './readiness.js';

export interface OpsDeps {
  metrics: Metrics;
  readiness: Readiness;
  logger: Logger;
  /** Where a failed scrape goes; the funnel over `logger` without it. */
  onError?: OnError;
}

export type OpsHandler = (req: IncomingMessage, res: ServerResponse) => void;

/** The shape of Bolt's `CustomRoute` (`App({ customRoutes })`), without depending on Bolt. */
export interface OpsRoute {
  path: string;
  method: string[];
  handler: OpsHandler;
}

export const OPS_PATHS = { health: '/healthz', ready: '/readyz', metrics: '/metrics' } as const;

const METHODS = ['GET', 'HEAD'];

export function opsRoutes({ metrics, readiness, logger, onError }: OpsDeps): OpsRoute[] {
  const failed = onError ?? errorFunnel(logger.child({ component: 'ops-http' }));
  return [
    {
      path: OPS_PATHS.health,
      method: METHODS,
      handler: (_req, res) => sendJson(res, 200, { status: 'ok' }),
    },
    {
      path: OPS_PATHS.ready,
      method: METHODS,
      handler: (_req, res) => {
        const report = readiness.report();
        sendJson(res, report.ready ? 200 : 503, {
          status: report.ready ? 'ready' : 'not ready',
          failing: report.failing,
          checks: report.checks,
        });
      },
    },
    {
      path: OPS_PATHS.metrics,
      method: METHODS,
      handler: (_req, res) => {
        metrics.render().then(
          ({ contentType, body }) => send(res, 200, contentType, body),
          (error: unknown) => {
            failed(error, { step: 'metrics scrape' });
            sendJson(res, 500, { status: 'error', error: 'metrics unavailable' });
          },
        );
      },
    },
  ];
}

/** A request listener serving only the ops routes: 404 for other paths, 405 for other methods. */
export function opsRequestListener(deps: OpsDeps): OpsHandler {
  const routes = opsRoutes(deps);
  return (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const route = routes.find((candidate) => candidate.path === path);
    if (!route) return sendJson(res, 404, { status: 'not found' });
    if (!route.method.includes((req.method ?? 'GET').toUpperCase())) {
      res.setHeader('Allow', route.method.join(', '));
      return sendJson(res, 405, { status: 'method not allowed' });
    }
    route.handler(req, res);
  };
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  send(res, status, 'application/json; charset=utf-8', `${JSON.stringify(body)}\n`);
}

/** Node drops the body of a HEAD response itself. */
function send(res: ServerResponse, status: number, contentType: string, body: string): void {
  res.writeHead(status, {
    'Content-Type': contentType,
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  });
  res.end(body);
}
