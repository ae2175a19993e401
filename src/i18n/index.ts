export { t, locale } from './locale.svelte';
export type { MessageKey } from './en';
export { LANGUAGES, type Language } from './languages';
export {
  formatNumber, formatMoney, formatPercent, formatDate, formatBytes, formatList, formatSeconds, formatPeriod,
} from './format';
