// /v1/rubric: the organisation's own rubric. Any member may read the effective one (its own, or
// the default); its advisers and admins may set one (YAML text) or return to the default. Changes
// are audited (audit_log, served by GET /v1/audit). The web page (web/rubric-page.ts) shares org-rubric.ts with this.
import express, { Router, type Request, type RequestHandler } from 'express';
import type { UserPrincipal } from '../accounts.ts';
import { principalOf, requireRole, requireUser } from '../auth.ts';
import type { AppContext } from '../context.ts';
import { ApiError } from '../errors.ts';
import { MAX_RUBRIC_BYTES, resetRubric, rubricFor, setRubric } from '../org-rubric.ts';

export const YAML_TYPES = ['application/yaml', 'application/x-yaml', 'text/yaml', 'text/x-yaml'];

const userOf = (req: Request) => principalOf(req) as UserPrincipal;

/** The body as text, only when it is declared YAML; the usual error codes otherwise. */
function yamlBody(): RequestHandler {
  const parse = express.text({ type: YAML_TYPES, limit: MAX_RUBRIC_BYTES, defaultCharset: 'utf-8' });
  return (req, res, next) => {
    if (!req.is(YAML_TYPES)) return next(new ApiError('unsupported_media_type', 'Send the rubric as YAML text with Content-Type: application/yaml.'));
    parse(req, res, (err?: unknown) => {
      if (!err) return next();
      const status = (err as { status?: number }).status;
      if (status === 413) return next(new ApiError('file_too_large', `The rubric is larger than the limit of ${MAX_RUBRIC_BYTES} bytes.`));
      next(new ApiError('invalid_request', 'The rubric could not be read as UTF-8 text.'));
    });
  };
}

export function rubricRouter(ctx: AppContext): Router {
  const r = Router();
  const changers = requireRole('adviser', 'admin');

  r.get('/v1/rubric', requireUser(), async (req, res) => {
    const eff = await rubricFor(ctx.db, userOf(req).orgId, ctx.logger);
    res.set('Cache-Control', 'no-store').set('ETag', `"${eff.sha256}"`);
    if (req.accepts(['application/json', ...YAML_TYPES]) !== 'application/json') return res.type('application/yaml; charset=utf-8').send(eff.source);
    res.json({
      id: eff.rubric.id,
      version: eff.rubric.version,
      sha256: eff.sha256,
      custom: eff.custom,
      setAt: eff.setAt ? new Date(eff.setAt).toISOString() : null,
      setBy: eff.setBy ? `user:${eff.setBy}` : null,
      rubric: eff.rubric,
    });
  });

  r.put('/v1/rubric', changers, yamlBody(), async (req, res) => {
    const text = typeof req.body === 'string' ? req.body : '';
    const out = await setRubric(ctx.db, userOf(req), text);
    if (!out.ok) {
      const n = out.errors.length;
      return res.status(422).json({ error: { code: 'invalid_rubric', message: `The rubric is not valid: ${n} problem${n === 1 ? '' : 's'} (see details).`, details: out.errors } });
    }
    res.json({ id: out.id, version: out.version, sha256: out.sha256 });
  });

  r.delete('/v1/rubric', changers, async (req, res) => {
    await resetRubric(ctx.db, userOf(req));
    res.status(204).end();
  });

  return r;
}
