// The service's side of `npm run admin` while it holds the embedded database (admin.ts): one route,
// from this machine only, with the secret in DATA_DIR/admin.json. Apart from admin.ts so that the
// command line, which needs admin.ts, does not load express (a sixth of its start-up).
import express, { Router } from 'express';
import type { AppContext } from './context.ts';
import { AdminError, isAdminCaller, runAdminCommand, type AdminValues } from './admin.ts';

export function adminRouter(ctx: AppContext, purge: () => Promise<number>): Router {
  const r = Router();
  r.post('/admin/v1/command', express.json({ limit: '16kb' }), async (req, res) => {
    if (!isAdminCaller(req.socket.remoteAddress, String(req.headers['x-admin-secret'] ?? ''))) return res.status(404).json({ error: { code: 'not_found', message: 'No such route.' } });
    const { command, values } = (req.body ?? {}) as { command?: string; values?: AdminValues };
    try {
      res.json(await runAdminCommand({ db: ctx.db, queue: ctx.queue, purge }, String(command), values ?? {}));
    } catch (e) {
      res.status(e instanceof AdminError ? 400 : 500).json({ error: { code: e instanceof AdminError ? 'invalid_request' : 'internal_error', message: (e as Error).message } });
    }
  });
  return r;
}
