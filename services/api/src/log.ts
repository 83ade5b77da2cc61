// Structured logs. Requests are logged by method, path (never the query string: it may hold a
// capability key), status and request id; never headers, bodies, file names or plan text.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pino, type DestinationStream, type Logger } from 'pino';
import { pinoHttp } from 'pino-http';

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'ehcp-check' },
      // Belt and braces: these never reach a log line even if someone logs a raw request.
      redact: { paths: ['req.headers', 'req.query', 'headers', 'authorization', 'key', 'text', 'name', 'fileName', 'originalname'], censor: '[redacted]' },
    },
    destination,
  );
}

/** Strips the query string (capability keys travel there) from a URL for logging. */
export function pathOnly(url: string | undefined): string {
  const u = url ?? '';
  const q = u.indexOf('?');
  return q === -1 ? u : u.slice(0, q);
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

export function httpLogger(logger: Logger) {
  return pinoHttp({
    logger,
    genReqId(req: IncomingMessage, res: ServerResponse) {
      const given = req.headers['x-request-id'];
      const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    serializers: {
      req: (req: { id?: unknown; method?: string; url?: string; raw?: { originalUrl?: string } }) => ({
        id: req.id,
        method: req.method,
        path: pathOnly(req.raw?.originalUrl ?? req.url),
      }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
    customLogLevel(_req, res, err) {
      if (err || res.statusCode >= 500) return 'error';
      return 'info';
    },
    customSuccessMessage: () => 'request',
    customErrorMessage: () => 'request failed',
    quietReqLogger: true,
  });
}
