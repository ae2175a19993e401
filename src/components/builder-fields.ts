/** A field the builder offers, in one of the field lists, with its translated name. */
export interface BuilderField {
  list: 'numbers' | 'scores' | 'groupings' | 'attributes' | 'dates';
  field: string;
  label: string;
}

/** A value a oneOf condition can choose, with its translated name. */
export interface BuilderOption {
  value: string;
  label: string;
}

export const FIELD_LISTS = ['numbers', 'scores', 'groupings', 'attributes', 'dates'] as const;
