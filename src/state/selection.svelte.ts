import type { CohortPeriod } from '../core/cohorts/cohort-types';

/** A group of a grouping (or a saved segment as grouping `segment:<id>`, group '') chosen on a screen. */
export interface GroupSelection {
  workspaceId: string;
  grouping: string;
  group: string;
}

/** A cohort chosen in a heatmap: the customers whose first purchase falls in one month or quarter. */
export interface CohortSelection {
  workspaceId: string;
  period: CohortPeriod;
  /** `2024-05` or `2024-Q2`. */
  key: string;
}

/** A range of ISO days chosen in a chart or a picker: the customers who bought within it. */
export interface RangeSelection {
  workspaceId: string;
  from: string;
  to: string;
}

/**
 * What the person selected in a chart or a table — a segment or cluster, a cohort, a date range — shared by
 * every screen, so the customer lists and the other charts follow it; each part belongs to one workspace and
 * can be cleared on its own.
 */
export class SegmentSelection {
  current = $state.raw<GroupSelection | null>(null);
  cohort = $state.raw<CohortSelection | null>(null);
  range = $state.raw<RangeSelection | null>(null);

  /** Selects a group; selecting the selected group again clears it (a second click undoes the first). */
  toggle(workspaceId: string, grouping: string, group: string) {
    const now = this.current;
    if (now && now.workspaceId === workspaceId && now.grouping === grouping && now.group === group) {
      this.current = null;
    } else {
      this.current = { workspaceId, grouping, group };
    }
  }

  select(workspaceId: string, grouping: string, group: string) {
    this.current = { workspaceId, grouping, group };
  }

  /** Clears the selected group or segment (the cohort and range stay). */
  clear() {
    this.current = null;
  }

  /** Selects a cohort; the selected cohort again clears it. */
  toggleCohort(workspaceId: string, period: CohortPeriod, key: string) {
    const now = this.cohort;
    const same = now?.workspaceId === workspaceId && now.period === period && now.key === key;
    this.cohort = same ? null : { workspaceId, period, key };
  }

  clearCohort() {
    this.cohort = null;
  }

  /** Sets the shared date range (inclusive ISO days, swapped when given backwards); null clears it. */
  setRange(workspaceId: string, range: { from: string; to: string } | null) {
    if (!range) {
      this.range = null;
      return;
    }
    const [from, to] = range.from <= range.to ? [range.from, range.to] : [range.to, range.from];
    const now = this.range;
    if (now?.workspaceId === workspaceId && now.from === from && now.to === to) return;
    this.range = { workspaceId, from, to };
  }

  /** Clears every part of the selection. */
  clearAll() {
    [this.current, this.cohort, this.range] = [null, null, null];
  }

  /** The selected group if it belongs to this workspace. */
  of(workspaceId: string): GroupSelection | null {
    return this.current?.workspaceId === workspaceId ? this.current : null;
  }

  cohortOf(workspaceId: string): CohortSelection | null {
    return this.cohort?.workspaceId === workspaceId ? this.cohort : null;
  }

  rangeOf(workspaceId: string): RangeSelection | null {
    return this.range?.workspaceId === workspaceId ? this.range : null;
  }
}

export const selection = new SegmentSelection();
