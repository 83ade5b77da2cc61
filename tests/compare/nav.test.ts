// The link to /compare in the navigation every page with navigation shares.
import { describe, expect, it } from 'vitest';
import { renderNav } from '../../services/api/src/web/layout.ts';

describe('navigation', () => {
  it.each([
    ['an anonymous visitor', { kind: 'anonymous' } as const],
    ['a caseworker', { kind: 'user', userId: 'u', orgId: 'o', role: 'caseworker' } as const],
    ['an adviser', { kind: 'user', userId: 'u', orgId: 'o', role: 'adviser' } as const],
  ])('offers %s "Compare versions", marked current on /compare only', (_who, principal) => {
    expect(renderNav(principal)).toContain('<a href="/compare">Compare versions</a>');
    expect(renderNav(principal, { current: '/compare' })).toContain('<a href="/compare" aria-current="page">Compare versions</a>');
  });
});
