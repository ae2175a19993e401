import { proxy, type Remote } from 'comlink';
import type { AnalysisApi, WorkspaceSummary } from '../api/analysis-api';
import type { ImportProgress, Workspace } from '../core/types';
import { t } from '../i18n';
import { router, type Router } from './router.svelte';

type Api = Remote<AnalysisApi>;

const WORKSPACE_KEY = 'atlas.workspace';
const AUTO_RELOAD_KEY = 'atlas.autoReload';

function readStorage(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function writeStorage(key: string, value: string) {
  try {
    globalThis.localStorage?.setItem(key, value);
  } catch {
    // remembered for this visit only
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The app's start-up, its workspaces and the current one, and the "database upgraded elsewhere" banner. */
export class AppState {
  phase = $state<'starting' | 'preparing' | 'ready' | 'failed'>('starting');
  startError = $state<string | null>(null);
  prepareProgress = $state.raw<ImportProgress | null>(null);
  workspaces = $state.raw<WorkspaceSummary[]>([]);
  /** A short message after an action (deleted, failed), shown in a live region until dismissed or timed out. */
  notice = $state<string | null>(null);
  #noticeTimer: ReturnType<typeof setTimeout> | undefined;
  versionChanged = $state(false);
  autoReload = $state(readStorage(AUTO_RELOAD_KEY) === 'true');
  current = $derived<WorkspaceSummary | null>(
    this.workspaces.find((w) => w.id === this.#router.route.workspaceId) ?? null,
  );

  #api: Api;
  #router: Router;

  constructor(api: Api, routerState: Router = router) {
    this.#api = api;
    this.#router = routerState;
  }

  /** Seeds the samples on the first run (with progress), then opens the URL's workspace or the last one. */
  async start() {
    this.phase = 'starting';
    this.startError = null;
    void this.#watchVersion();
    // Ask once that the browser keep this origin's data under storage pressure. Only a page may ask (not the
    // worker); Chromium grants it quietly to sites in use, and a refusal changes nothing but eviction risk.
    void globalThis.navigator?.storage?.persist?.().catch(() => false);
    try {
      const base = new URL('./', location.href).href;
      this.phase = 'preparing';
      await this.#api.ensureSamples(base, proxy((progress: ImportProgress) => {
        this.prepareProgress = progress;
      }));
      await this.refresh();
      this.phase = 'ready';
    } catch (error) {
      this.startError = message(error);
      this.phase = 'failed';
    }
  }

  /** Reloads the workspace list and makes sure the route points at one that exists. */
  async refresh() {
    this.workspaces = await this.#api.listWorkspaces();
    this.syncRoute();
  }

  /** Corrects a route to a missing workspace (deleted, mistyped) and remembers a valid one. */
  syncRoute() {
    const { workspaceId, screen } = this.#router.route;
    if (workspaceId !== null && this.workspaces.some((w) => w.id === workspaceId)) {
      writeStorage(WORKSPACE_KEY, workspaceId);
      return;
    }
    const remembered = readStorage(WORKSPACE_KEY);
    const fallback = this.workspaces.find((w) => w.id === remembered) ?? this.workspaces[0] ?? null;
    this.#router.go({ workspaceId: fallback?.id ?? null, screen }, true);
    if (fallback) writeStorage(WORKSPACE_KEY, fallback.id);
  }

  async create(name: string): Promise<Workspace | null> {
    try {
      const workspace = await this.#api.createWorkspace(name);
      await this.#api.listWorkspaces().then((list) => (this.workspaces = list));
      this.#router.go({ workspaceId: workspace.id, screen: 'import' });
      writeStorage(WORKSPACE_KEY, workspace.id);
      return workspace;
    } catch (error) {
      this.say(t('workspace.actionFailed', { message: message(error) }));
      return null;
    }
  }

  async rename(id: string, name: string) {
    try {
      await this.#api.renameWorkspace(id, name);
      await this.refresh();
    } catch (error) {
      this.say(t('workspace.actionFailed', { message: message(error) }));
    }
  }

  /** Deletes a workspace; the route moves to another one (or to the empty state). */
  async remove(id: string): Promise<boolean> {
    try {
      await this.#api.deleteWorkspace(id);
      await this.refresh();
      return true;
    } catch (error) {
      this.say(t('workspace.actionFailed', { message: message(error) }));
      return false;
    }
  }

  /** Brings back the sample workspaces after they were all deleted. */
  async restoreSamples() {
    this.phase = 'preparing';
    try {
      await this.#api.restoreSamples(new URL('./', location.href).href, proxy((progress: ImportProgress) => {
        this.prepareProgress = progress;
      }));
      await this.refresh();
    } catch (error) {
      this.say(t('workspace.actionFailed', { message: message(error) }));
    }
    this.phase = 'ready';
  }

  /** Shows a short message for a while (10 s: long enough to read twice, WCAG 2.2.1 allows dismissing). */
  say(text: string | null) {
    clearTimeout(this.#noticeTimer);
    this.notice = text;
    if (text !== null) this.#noticeTimer = setTimeout(() => (this.notice = null), 10_000);
  }

  setAutoReload(on: boolean) {
    this.autoReload = on;
    writeStorage(AUTO_RELOAD_KEY, String(on));
  }

  async #watchVersion() {
    try {
      await this.#api.onVersionChange(proxy(() => {
        this.versionChanged = true;
        if (this.autoReload) location.reload();
      }));
    } catch {
      // the worker could not register the listener: the app still works, it just will not be told
    }
  }
}
