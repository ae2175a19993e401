import Dexie from 'dexie';

export type AtlasDb = Dexie;

export function openDb(name = 'account-atlas'): AtlasDb {
  return new Dexie(name);
}
