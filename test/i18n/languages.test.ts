import { describe, expect, it } from 'vitest';
import { interpolate } from '../../src/i18n/interpolate';
import { preferredLanguage } from '../../src/i18n/languages';

describe('preferredLanguage', () => {
  it.each([
    [['zh-CN', 'en'], 'zh-CN'],
    [['zh-TW'], 'zh-CN'],
    [['zh'], 'zh-CN'],
    [['ZH-hans-CN'], 'zh-CN'],
    [['en-GB', 'zh-CN'], 'en'],
    [['fr-FR', 'zh-CN', 'en'], 'zh-CN'],
    [['fr-FR', 'de'], 'en'],
    [[], 'en'],
    [['zhx'], 'en'],
  ] as const)('%j → %s', (languages, expected) => {
    expect(preferredLanguage(languages)).toBe(expected);
  });
});

describe('interpolate', () => {
  it('fills every placeholder, repeated ones too', () => {
    expect(interpolate('{a} and {b}, again {a}', { a: 'x', b: 2 })).toBe('x and 2, again x');
  });

  it('leaves a placeholder without a parameter visible and ignores extra parameters', () => {
    expect(interpolate('Delete “{name}”?', { other: 1 })).toBe('Delete “{name}”?');
  });

  it('does not read inherited properties as parameters', () => {
    expect(interpolate('{toString}', {})).toBe('{toString}');
  });
});
