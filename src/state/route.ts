/** The screens reachable from the navigation, in menu order. */
export const SCREENS = [
  'overview', 'segments', 'customers', 'cohorts', 'trends', 'clusters', 'predictions', 'import',
] as const;
export type Screen = (typeof SCREENS)[number];

/** Where the app is: a workspace (null before one is chosen) and a screen of it. */
export interface Route {
  workspaceId: string | null;
  screen: Screen;
}

/**
 * Reads a location hash like `#/w/<workspaceId>/import`. Anything unknown falls back to the Overview,
 * and a hash without a workspace leaves the choice of workspace to the app.
 */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  if (parts[0] !== 'w' || !parts[1]) return { workspaceId: null, screen: 'overview' };
  let workspaceId: string;
  try {
    workspaceId = decodeURIComponent(parts[1]);
  } catch {
    return { workspaceId: null, screen: 'overview' };
  }
  const screen = (SCREENS as readonly string[]).includes(parts[2] ?? '') ? (parts[2] as Screen) : 'overview';
  return { workspaceId, screen };
}

/** The location hash of a route; the inverse of `parseRoute`. */
export function routeHash({ workspaceId, screen }: Route): string {
  return workspaceId === null ? '#/' : `#/w/${encodeURIComponent(workspaceId)}/${screen}`;
}
