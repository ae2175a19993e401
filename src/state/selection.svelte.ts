/** A group of a grouping (or a saved segment as grouping `segment:<id>`, group '') chosen on a screen. */
export interface GroupSelection {
  workspaceId: string;
  grouping: string;
  group: string;
}

/**
 * The segment the person selected in a chart or a table, shared by the Segments and Customers screens so the
 * customer list and the other charts follow it; it belongs to one workspace.
 */
export class SegmentSelection {
  current = $state.raw<GroupSelection | null>(null);

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

  clear() {
    this.current = null;
  }

  /** The selection if it belongs to this workspace. */
  of(workspaceId: string): GroupSelection | null {
    return this.current?.workspaceId === workspaceId ? this.current : null;
  }
}

export const selection = new SegmentSelection();
