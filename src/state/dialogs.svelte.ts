/** A dialog the app is asking for: create or rename a workspace, or confirm deleting one. */
export type DialogRequest =
  | { kind: 'create' }
  | { kind: 'rename'; id: string; name: string }
  | { kind: 'delete'; id: string; name: string };

/** The one open dialog (at most one at a time), so any screen can ask for one and the shell shows it. */
export class Dialogs {
  request = $state.raw<DialogRequest | null>(null);

  open(request: DialogRequest) {
    this.request = request;
  }

  close() {
    this.request = null;
  }
}

export const dialogs = new Dialogs();
