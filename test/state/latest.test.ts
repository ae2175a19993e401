import { describe, expect, it } from 'vitest';
import { Latest } from '../../src/state/latest.svelte';

/** A promise released by hand. */
function later<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => [resolve, reject] = [res, rej]);
  return { promise, resolve, reject };
}

describe('Latest', () => {
  it('keeps the newest answer when an older one arrives last, and the shown one while updating', async () => {
    const query = new Latest<string>();
    const [first, second] = [later<string>(), later<string>()];
    const a = query.run(() => first.promise);
    expect(query.status).toBe('loading');
    const b = query.run(() => second.promise);
    second.resolve('new');
    await b;
    first.resolve('old');
    await a;
    expect([query.value, query.status]).toEqual(['new', 'idle']);

    const third = later<string>();
    const c = query.run(() => third.promise);
    expect([query.value, query.status]).toEqual(['new', 'updating']);
    third.reject(new Error('worker gone'));
    await c;
    expect([query.value, query.status, query.error]).toEqual(['new', 'error', 'worker gone']);
  });

  it('drops answers still on their way after a reset', async () => {
    const query = new Latest<number>();
    const pending = later<number>();
    const run = query.run(() => pending.promise);
    query.reset();
    pending.resolve(1);
    await run;
    expect([query.value, query.status]).toEqual([null, 'idle']);
  });
});
