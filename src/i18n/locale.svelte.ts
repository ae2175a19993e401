import { en, type MessageKey } from './en';
import { zhCN } from './zh-CN';
import { LANGUAGES, preferredLanguage, type Language } from './languages';
import { interpolate, type MessageParams } from './interpolate';

const STORAGE_KEY = 'atlas.language';
const CATALOGS: Record<Language, Record<MessageKey, string>> = { en, 'zh-CN': zhCN };

function storedLanguage(): Language | null {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return (LANGUAGES as readonly string[]).includes(value ?? '') ? (value as Language) : null;
  } catch {
    return null; // storage can be blocked (privacy mode); then the browser's language decides
  }
}

/** The chosen language: remembered in localStorage, the browser's languages on the first visit. */
export class Locale {
  language = $state<Language>('en');

  constructor() {
    this.language = storedLanguage() ?? preferredLanguage(globalThis.navigator?.languages ?? []);
    this.#applyToDocument();
  }

  /** Switches every visible string and formatter, and remembers the choice. */
  set(language: Language) {
    this.language = language;
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, language);
    } catch {
      // not remembered, still applied
    }
    this.#applyToDocument();
  }

  #applyToDocument() {
    if (typeof document !== 'undefined') document.documentElement.lang = this.language;
  }
}

export const locale = new Locale();

/** The message for `key` in the current language with `{name}` parameters filled in. */
export function t(key: MessageKey, params?: MessageParams): string {
  return interpolate(CATALOGS[locale.language][key] ?? en[key], params);
}
