import { describe, expect, it } from 'vitest';
import type { WorkspaceSummary } from '../../src/api/analysis-api';
import { AppState } from '../../src/state/app.svelte';
import type { Route } from '../../src/state/route';

function workspace(id: string, sample: WorkspaceSummary['sample'] = null): WorkspaceSummary {
  return { id, name: id, sample, createdAt: '', updatedAt: '', orders: 1, customers: 1 };
}

/** A router that records where the app sends it, without a browser location. */
function fakeRouter(route: Route) {
  const visited: Route[] = [];
  return {
    visited,
    router: {
      route,
      go(next: Route) {
        visited.push(next);
        this.route = next;
      },
    },
  };
}

function fakeApi(initial: WorkspaceSummary[]) {
  let list = initial;
  return {
    listWorkspaces: async () => list,
    deleteWorkspace: async (id: string) => {
      list = list.filter((w) => w.id !== id);
    },
  };
}

describe('AppState', () => {
  it('sends a route to a missing workspace to the first one, keeping the screen', async () => {
    const { router, visited } = fakeRouter({ workspaceId: 'gone', screen: 'import' });
    const app = new AppState(fakeApi([workspace('demo', 'demo'), workspace('mine')]) as never, router as never);
    await app.refresh();
    expect(visited).toEqual([{ workspaceId: 'demo', screen: 'import' }]);
    expect(app.current?.id).toBe('demo');
  });

  it('leaves a valid route alone', async () => {
    const { router, visited } = fakeRouter({ workspaceId: 'mine', screen: 'overview' });
    const app = new AppState(fakeApi([workspace('demo', 'demo'), workspace('mine')]) as never, router as never);
    await app.refresh();
    expect([visited, app.current?.id]).toEqual([[], 'mine']);
  });

  it('moves to another workspace after deleting the current one, and to none after the last', async () => {
    const { router, visited } = fakeRouter({ workspaceId: 'mine', screen: 'overview' });
    const app = new AppState(fakeApi([workspace('demo', 'demo'), workspace('mine')]) as never, router as never);
    await app.refresh();
    expect(await app.remove('mine')).toBe(true);
    expect(await app.remove('demo')).toBe(true);
    expect(visited).toEqual([
      { workspaceId: 'demo', screen: 'overview' },
      { workspaceId: null, screen: 'overview' },
    ]);
    expect([app.workspaces, app.current]).toEqual([[], null]);
  });

  it('reports a failed delete as a translated notice', async () => {
    const { router } = fakeRouter({ workspaceId: 'demo', screen: 'overview' });
    const api = { ...fakeApi([workspace('demo')]), deleteWorkspace: async () => Promise.reject(new Error('disk full')) };
    const app = new AppState(api as never, router as never);
    await app.refresh();
    expect(await app.remove('demo')).toBe(false);
    expect(app.notice).toBe('That did not work: disk full');
    app.say(null);
  });
});
