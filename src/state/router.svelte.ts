import { parseRoute, routeHash, type Route, type Screen } from './route';

/** The current route, kept in the location hash so a reload stays where it was. */
export class Router {
  route = $state.raw<Route>(parseRoute(globalThis.location?.hash ?? ''));

  constructor() {
    globalThis.addEventListener?.('hashchange', () => {
      this.route = parseRoute(location.hash);
    });
  }

  /** Goes to a route; `replace` keeps the history clean for corrections such as a fallback workspace. */
  go(route: Route, replace = false) {
    // an unchanged route keeps its object, so effects that correct the route do not loop
    if (route.workspaceId === this.route.workspaceId && route.screen === this.route.screen) return;
    const hash = routeHash(route);
    if (location.hash !== hash) {
      if (replace) history.replaceState(history.state, '', hash);
      else history.pushState(history.state, '', hash);
    }
    this.route = route;
  }

  /** The link of a screen in the current workspace. */
  href(screen: Screen, workspaceId = this.route.workspaceId): string {
    return routeHash({ workspaceId, screen });
  }
}

export const router = new Router();
