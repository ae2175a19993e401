import type { Remote } from 'comlink';
import type { AnalysisApi } from '../api/analysis-api';
import type { ClusterRequest, ClustersResult } from '../api/trends-clusters';
import { GROUPINGS, type SavedSegment } from '../core/customer-types';
import { groupingLabel, groupLabel } from './group-labels';
import type { GroupSelection } from './selection.svelte';
import { SegmentsState } from './segments.svelte';

type Api = ConstructorParameters<typeof SegmentsState>[0]
  & Pick<Remote<AnalysisApi>, 'listSegments' | 'heldClusters'>;

/**
 * Everything a screen can restrict its customers to: the built-in groupings and attributes (from the
 * segments result), the clusters once they were found, and the saved micro-segments — with their names.
 */
export class WorkspaceGroups {
  segments: SegmentsState;
  saved = $state.raw<SavedSegment[]>([]);
  clusters = $state.raw<ClustersResult | null>(null);
  /** The workspace's last clustering request (features, k, seed), the default before any. */
  clusterRequest = $state.raw<Required<ClusterRequest> | null>(null);
  /** Grouping keys in menu order: built-in, attributes, clusters, saved segments (`segment:<id>`). */
  keys = $derived([
    ...GROUPINGS,
    ...(this.segmentsResult()?.attributes ?? []).map((a) => `attr:${a}`),
    ...((this.clusters?.k ?? 0) > 0 ? ['cluster'] : []),
    ...this.saved.map((s) => `segment:${s.id}`),
  ]);
  #api: Api;
  #ticket = 0;

  constructor(api: Api) {
    this.#api = api;
    this.segments = new SegmentsState(api);
  }

  segmentsResult() {
    return this.segments.result;
  }

  async open(workspaceId: string) {
    const ticket = ++this.#ticket;
    void this.segments.open(workspaceId);
    const [saved, held] = await Promise.all([
      this.#api.listSegments(workspaceId).catch(() => []),
      this.#api.heldClusters(workspaceId).catch(() => null),
    ]);
    if (ticket !== this.#ticket) return;
    [this.saved, this.clusters, this.clusterRequest] = [saved, held?.result ?? null, held?.request ?? null];
  }

  /** The clusters just found on the Clusters screen, offered as a grouping from now on. */
  setClusters(result: ClustersResult | null) {
    this.clusters = result;
  }

  /** The groups of a grouping in display order; a saved segment is one group ''. */
  groupsOf(key: string): string[] {
    if (key.startsWith('segment:')) return [''];
    if (key === 'cluster') return this.clusters?.clusters.map((c) => c.group) ?? [];
    return this.segments.result?.groupings[key]?.map((g) => g.group) ?? [];
  }

  /** The shown name of a selected group or saved segment. */
  nameOf(selected: Pick<GroupSelection, 'grouping' | 'group'>): string {
    if (selected.grouping.startsWith('segment:')) return groupingLabel(selected.grouping, this.saved);
    return `${groupingLabel(selected.grouping)} · ${groupLabel(selected.grouping, selected.group)}`;
  }
}
