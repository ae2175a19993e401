import type { Delimiter } from '../core/types';

/** The catalog name of each delimiter, for keys `delimiter.<name>` (a tab cannot be a readable key). */
export const DELIMITER_NAMES = {
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
  '|': 'pipe',
} as const satisfies Record<Delimiter, string>;
