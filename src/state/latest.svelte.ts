/**
 * The newest answer to a question asked again and again (a worker call with changing inputs): an answer that
 * arrives after a newer question was asked is dropped, and the last answer stays shown while the next loads.
 */
export class Latest<T> {
  value = $state.raw<T | null>(null);
  /** 'loading' before any answer, 'updating' while a shown answer is being replaced. */
  status = $state<'idle' | 'loading' | 'updating' | 'error'>('idle');
  error = $state<string | null>(null);
  #ticket = 0;

  /** Asks again; resolves once this answer (or a failure) is in, or a newer question replaced it. */
  async run(ask: () => Promise<T>): Promise<void> {
    const ticket = ++this.#ticket;
    this.status = this.value === null ? 'loading' : 'updating';
    try {
      const value = await ask();
      if (ticket !== this.#ticket) return;
      [this.value, this.status, this.error] = [value, 'idle', null];
    } catch (error) {
      if (ticket !== this.#ticket) return;
      this.error = error instanceof Error ? error.message : String(error);
      this.status = 'error';
    }
  }

  /** Forgets the answer (another workspace); answers still on their way are dropped. */
  reset() {
    this.#ticket++;
    [this.value, this.status, this.error] = [null, 'idle', null];
  }
}
