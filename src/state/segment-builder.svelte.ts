import type { Remote } from 'comlink';
import type { CustomersApi, SegmentEvaluation } from '../api/customers-api';
import type { Condition, CustomerSettings, SavedSegment } from '../core/customer-types';
import { conditionDraft, draftCondition, newGroup, newRule, type DraftGroup, type FieldKind } from './condition-draft';

type Api = Pick<Remote<CustomersApi>, 'evaluateCondition' | 'listSegments' | 'saveSegment' | 'deleteSegment'>;

/** Profile fields entered in currency units and sent in cents. */
export const MONEY_FIELDS = new Set(['revenueCents', 'refundCents', 'aovCents', 'monetaryCents', 'predictedClvCents']);
const DATE_FIELDS = new Set(['firstDay', 'lastDay', 'signupDay', 'birthday']);

export const isMoneyField = (field: string) => MONEY_FIELDS.has(field);

const GROUP_FIELDS = new Set(['rfm', 'cnEight', 'tier', 'behaviour', 'lifecycle', 'favouriteCategory']);

/** How a field is tested: dates by day, groupings, attributes and categories by value, numbers by range. */
export function fieldKind(field: string): FieldKind {
  if (DATE_FIELDS.has(field)) return 'date';
  if (field.startsWith('attr:') || GROUP_FIELDS.has(field)) return 'oneOf';
  return 'range';
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The micro-segment builder: a tree of conditions being edited, its size as the person edits (evaluated
 * `delayMs` after the last change; the newest request wins), and the workspace's saved segments.
 */
export class SegmentBuilder {
  root = $state<DraftGroup>(newGroup('and'));
  condition = $derived<Condition | null>(draftCondition(this.root, isMoneyField));
  evaluation = $state.raw<SegmentEvaluation | null>(null);
  evaluating = $state(false);
  error = $state<string | null>(null);
  name = $state('');
  /** The saved segment being edited; null for a new one. */
  editingId = $state<string | null>(null);
  saved = $state.raw<SavedSegment[]>([]);

  #api: Api;
  #workspaceId: string | null = null;
  #settings: CustomerSettings | null = null;
  #ticket = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #delayMs: number;

  constructor(api: Api, delayMs = 150) {
    this.#api = api;
    this.#delayMs = delayMs;
  }

  async open(workspaceId: string) {
    this.#workspaceId = workspaceId;
    this.reset();
    await this.refreshSaved();
  }

  async refreshSaved() {
    if (this.#workspaceId === null) return;
    try {
      this.saved = await this.#api.listSegments(this.#workspaceId);
    } catch (error) {
      this.error = message(error);
    }
  }

  /** Starts a new, empty segment. */
  reset() {
    this.root = newGroup('and');
    this.name = '';
    this.editingId = null;
    this.evaluation = null;
  }

  addRule(group: DraftGroup, field: string) {
    group.children.push(newRule(field, fieldKind(field)));
  }

  addGroup(group: DraftGroup) {
    group.children.push(newGroup(group.join === 'and' ? 'or' : 'and'));
  }

  remove(group: DraftGroup, id: string) {
    group.children = group.children.filter((child) => child.id !== id);
  }

  /** Asks for the size of the current condition once the person pauses; replies to older asks are dropped. */
  evaluateSoon(settings: CustomerSettings) {
    this.#settings = settings;
    clearTimeout(this.#timer);
    const ticket = ++this.#ticket;
    const condition = this.condition;
    if (condition === null || this.#workspaceId === null) {
      [this.evaluation, this.evaluating] = [null, false];
      return;
    }
    this.evaluating = true;
    const snapshot = $state.snapshot(condition) as Condition;
    const workspaceId = this.#workspaceId;
    this.#timer = setTimeout(async () => {
      try {
        const evaluation = await this.#api.evaluateCondition(
          workspaceId, $state.snapshot(settings) as CustomerSettings, snapshot,
        );
        if (ticket !== this.#ticket) return;
        [this.evaluation, this.evaluating, this.error] = [evaluation, false, null];
      } catch (error) {
        if (ticket !== this.#ticket) return;
        [this.error, this.evaluating] = [message(error), false];
      }
    }, this.#delayMs);
  }

  /** Saves the condition under the name (a new segment, or the one being edited); returns it, or null. */
  async save(): Promise<SavedSegment | null> {
    const condition = this.condition;
    const name = this.name.trim();
    if (this.#workspaceId === null || condition === null || name === '') return null;
    try {
      const saved = await this.#api.saveSegment({
        id: this.editingId ?? crypto.randomUUID(),
        workspaceId: this.#workspaceId,
        name,
        condition: $state.snapshot(condition) as Condition,
      });
      this.editingId = saved.id;
      await this.refreshSaved();
      return saved;
    } catch (error) {
      this.error = message(error);
      return null;
    }
  }

  /** Loads a saved segment into the builder to edit or rename. */
  edit(segment: SavedSegment) {
    this.root = conditionDraft(segment.condition, fieldKind, isMoneyField);
    this.name = segment.name;
    this.editingId = segment.id;
    if (this.#settings) this.evaluateSoon(this.#settings);
  }

  /** Deletes a saved segment (the caller has asked for confirmation). */
  async deleteSaved(id: string) {
    try {
      await this.#api.deleteSegment(id);
      if (this.editingId === id) this.reset();
      await this.refreshSaved();
    } catch (error) {
      this.error = message(error);
    }
  }
}
