import { Router } from 'express';
import type { AppContext } from '../context.ts';
export function spotCheckPagesRouter(_ctx: AppContext): Router {
  return Router();
}
