// The HTTP server's idle timeouts. Node closes an idle keep-alive socket after 5 s, and a client
// (undici's fetch, a proxy) that reuses the socket at that moment gets ECONNRESET; the server keeps
// idle sockets longer than clients and proxies do, so the client is always the one to close them.
import type { Server } from 'node:http';

export const KEEP_ALIVE_MS = 65_000;

export function withKeepAlive<T extends Server>(server: T): T {
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  // Must exceed keepAliveTimeout, or a request arriving on a kept socket can be cut off.
  server.headersTimeout = KEEP_ALIVE_MS + 1_000;
  return server;
}
