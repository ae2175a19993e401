import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash } from '../../src/state/route';

describe('parseRoute', () => {
  it.each([
    ['#/w/ws-1/overview', { workspaceId: 'ws-1', screen: 'overview' }],
    ['#/w/ws-1/import', { workspaceId: 'ws-1', screen: 'import' }],
    ['#/w/ws-1', { workspaceId: 'ws-1', screen: 'overview' }],
    ['#/w/ws-1/customers', { workspaceId: 'ws-1', screen: 'customers' }],
    ['#/w/ws-1/segments', { workspaceId: 'ws-1', screen: 'segments' }],
    ['#/w/ws-1/accounts', { workspaceId: 'ws-1', screen: 'overview' }],
    ['#/w/a%2Fb%20c/import', { workspaceId: 'a/b c', screen: 'import' }],
    ['#/w/%E0%A4/import', { workspaceId: null, screen: 'overview' }],
    ['', { workspaceId: null, screen: 'overview' }],
    ['#/', { workspaceId: null, screen: 'overview' }],
    ['#main', { workspaceId: null, screen: 'overview' }],
    ['#/x/ws-1/import', { workspaceId: null, screen: 'overview' }],
  ])('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });
});

describe('routeHash', () => {
  it('writes a route that parseRoute reads back unchanged', () => {
    const route = { workspaceId: 'a/b c', screen: 'import' } as const;
    expect(routeHash(route)).toBe('#/w/a%2Fb%20c/import');
    expect(parseRoute(routeHash(route))).toEqual(route);
  });

  it('writes the root for no workspace', () => {
    expect(routeHash({ workspaceId: null, screen: 'import' })).toBe('#/');
  });
});
