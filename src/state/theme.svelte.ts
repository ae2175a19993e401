/** Theme choices: follow the operating system, or force one. */
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

const STORAGE_KEY = 'atlas.theme';

function storedTheme(): Theme {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY) ?? '';
    return (THEMES as readonly string[]).includes(value) ? (value as Theme) : 'system';
  } catch {
    return 'system';
  }
}

/** The chosen theme, remembered, and whether the page is dark right now (for charts). */
export class ThemeState {
  choice = $state<Theme>(storedTheme());
  systemDark = $state(false);
  dark = $derived(this.choice === 'dark' || (this.choice === 'system' && this.systemDark));

  constructor() {
    const query = globalThis.matchMedia?.('(prefers-color-scheme: dark)');
    if (query) {
      this.systemDark = query.matches;
      query.addEventListener('change', (event) => {
        this.systemDark = event.matches;
      });
    }
    this.#apply();
  }

  set(choice: Theme) {
    this.choice = choice;
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, choice);
    } catch {
      // applied for this visit only
    }
    this.#apply();
  }

  #apply() {
    if (typeof document === 'undefined') return;
    // 'system' removes the attribute so the CSS media query decides
    if (this.choice === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = this.choice;
  }
}

export const theme = new ThemeState();
