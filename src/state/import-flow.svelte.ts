import { proxy, type Remote } from 'comlink';
import type { AnalysisApi } from '../api/analysis-api';
import {
  REQUIRED_ORDER_FIELDS,
  type ColumnMapping,
  type ColumnRole,
  type DayOrder,
  type Delimiter,
  type Encoding,
  type FileFailure,
  type ImportKind,
  type ImportProgress,
  type ImportSummary,
  type Inspection,
  type KnownSource,
  type MappingRole,
} from '../core/types';
import { assignRole } from './assign-role';

type Api = Pick<Remote<AnalysisApi>, 'inspectFile' | 'importOrders' | 'importCustomers' | 'cancelImport'>;

/** Steps of an import: pick a file, review what was read, run, and see the outcome. */
export type ImportPhase = 'idle' | 'inspecting' | 'review' | 'importing' | 'done' | 'failed';

/** The Import screen's state: the file, its inspection, the person's corrections, the run and its result. */
export class ImportFlow {
  phase = $state<ImportPhase>('idle');
  file = $state.raw<File | null>(null);
  inspection = $state.raw<Inspection | null>(null);
  /** Why the file could not be read or imported; `during` says which step failed. */
  failure = $state.raw<(FileFailure & { during: 'inspect' | 'import' }) | null>(null);
  /** An unexpected error (a bug, a crashed worker), as text. */
  error = $state<string | null>(null);
  encoding = $state<Encoding>('utf-8');
  delimiter = $state<Delimiter>(',');
  dayOrder = $state<DayOrder>('mdy');
  groupLineItems = $state(false);
  /** Amounts write a decimal comma (1.234,50): detected, and the person may flip it. */
  decimalComma = $state(false);
  mapping = $state<ColumnMapping[]>([]);
  /** What the file holds, as detected; the person may switch it, which proposes that kind's mapping. */
  kind = $state<ImportKind>('orders');
  /** The known export the file was recognised as, for the chosen kind. */
  source = $derived<KnownSource | null>(
    this.inspection?.proposals?.[this.kind]?.source ?? this.inspection?.source ?? null,
  );
  progress = $state.raw<ImportProgress | null>(null);
  cancelling = $state(false);
  result = $state.raw<ImportSummary | null>(null);
  /** Required roles no column plays yet; Import stays disabled until this is empty. */
  missing = $derived<MappingRole[]>(this.kind === 'customers'
    // A customers file falls back to the email where it has no id column (see createCustomerParser).
    ? (this.mapping.some((m) => m.role === 'customerId' || m.role === 'email') ? [] : ['customerId'])
    : REQUIRED_ORDER_FIELDS.filter((field) => !this.mapping.some((m) => m.role === field)));

  #api: Api;
  #overrides: { encoding?: Encoding; delimiter?: Delimiter } = {};
  #ticket = 0;

  constructor(api: Api) {
    this.#api = api;
  }

  /** Starts over with a new file: detection decides everything until the person overrides it. */
  async choose(file: File) {
    this.file = file;
    this.#overrides = {};
    await this.#inspect();
  }

  /** Reads the file again with another encoding or delimiter. */
  async override(overrides: { encoding?: Encoding; delimiter?: Delimiter }) {
    this.#overrides = { ...this.#overrides, ...overrides };
    await this.#inspect();
  }

  setRole(index: number, role: MappingRole) {
    // assignRole only compares roles, so a customers role is handled like an orders one.
    this.mapping = assignRole(this.mapping, index, role as ColumnRole);
  }

  /** Switches what the file holds and starts from that kind's proposed mapping. */
  setKind(kind: ImportKind) {
    const proposal = this.inspection?.proposals?.[kind];
    this.kind = kind;
    if (proposal) this.mapping = proposal.mapping.map((m) => ({ ...m }));
    this.groupLineItems = kind === 'orders' && (this.inspection?.groupLineItems ?? false);
  }

  /** Runs the import into `workspaceId` with the reviewed options; the worker does the work, the page stays free. */
  async start(workspaceId: string) {
    const file = this.file;
    if (!file || this.missing.length > 0) return;
    const ticket = ++this.#ticket;
    this.phase = 'importing';
    this.progress = null;
    this.cancelling = false;
    this.failure = null;
    this.error = null;
    const options = $state.snapshot({
      encoding: this.encoding,
      delimiter: this.delimiter,
      mapping: this.mapping,
      dayOrder: this.dayOrder,
      groupLineItems: this.groupLineItems,
      decimalComma: this.decimalComma,
      headerLine: this.inspection?.headerLine,
    });
    try {
      const onProgress = proxy((p: ImportProgress) => {
        if (ticket === this.#ticket) this.progress = p;
      });
      const result = this.kind === 'customers'
        ? await this.#api.importCustomers(workspaceId, file, file.name, options, onProgress)
        : await this.#api.importOrders(workspaceId, file, file.name, options, onProgress);
      if (ticket !== this.#ticket) return;
      if (result.ok) {
        this.result = result;
        this.phase = 'done';
      } else {
        this.failure = { ...result, during: 'import' };
        // a cancelled run goes back to the review, so the person can adjust and try again
        this.phase = result.problem === 'cancelled' ? 'review' : 'failed';
      }
    } catch (error) {
      if (ticket !== this.#ticket) return;
      this.error = error instanceof Error ? error.message : String(error);
      this.phase = 'review';
    }
  }

  async cancel() {
    this.cancelling = true;
    try {
      await this.#api.cancelImport();
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
    }
  }

  reset() {
    this.#ticket += 1;
    this.phase = 'idle';
    this.file = null;
    this.inspection = null;
    this.failure = null;
    this.error = null;
    this.result = null;
    this.progress = null;
    this.mapping = [];
  }

  async #inspect() {
    const file = this.file;
    if (!file) return;
    const ticket = ++this.#ticket;
    this.phase = 'inspecting';
    this.failure = null;
    this.error = null;
    this.result = null;
    try {
      const inspection = await this.#api.inspectFile(file, file.name, { ...this.#overrides });
      if (ticket !== this.#ticket) return;
      if ('ok' in inspection) {
        this.inspection = null;
        this.failure = { ...inspection, during: 'inspect' };
        this.phase = 'failed';
        return;
      }
      this.inspection = inspection;
      this.encoding = inspection.encoding;
      this.delimiter = inspection.delimiter;
      this.dayOrder = inspection.dayOrder;
      this.groupLineItems = inspection.groupLineItems;
      this.decimalComma = inspection.decimalComma ?? false;
      this.mapping = inspection.mapping.map((m) => ({ ...m }));
      this.kind = inspection.kind ?? 'orders';
      this.phase = 'review';
    } catch (error) {
      if (ticket !== this.#ticket) return;
      this.error = error instanceof Error ? error.message : String(error);
      this.phase = 'failed';
    }
  }
}
