import { describe, expect, it } from 'vitest';
import { detectEncoding } from '../../../src/core/parse/detect-encoding';
import { encodeGb18030 } from '../../fixtures/gb18030.mjs';
import { utf16, utf8 } from './helpers';

const TEXT = '客户编号,下单时间,实付金额\nC1,2024-05-01,12.50\n';

describe('detectEncoding', () => {
  it.each([
    ['UTF-8 with BOM', utf8(TEXT, true), { encoding: 'utf-8', fromBom: true, bomLength: 3 }],
    ['UTF-8 without BOM', utf8(TEXT), { encoding: 'utf-8', fromBom: false, bomLength: 0 }],
    ['UTF-16LE with BOM', utf16(TEXT, true, true), { encoding: 'utf-16le', fromBom: true, bomLength: 2 }],
    ['UTF-16BE with BOM', utf16(TEXT, false, true), { encoding: 'utf-16be', fromBom: true, bomLength: 2 }],
    ['UTF-16LE without BOM', utf16(TEXT, true, false), { encoding: 'utf-16le', fromBom: false, bomLength: 0 }],
    ['UTF-16BE without BOM', utf16(TEXT, false, false), { encoding: 'utf-16be', fromBom: false, bomLength: 0 }],
    ['GB18030', encodeGb18030(TEXT), { encoding: 'gb18030', fromBom: false, bomLength: 0 }],
    ['plain ASCII', utf8('a,b\n1,2\n'), { encoding: 'utf-8', fromBom: false, bomLength: 0 }],
  ])('%s', (_name, bytes, expected) => {
    expect(detectEncoding(bytes)).toEqual(expected);
  });

  it('accepts UTF-8 cut in the middle of its last character', () => {
    const bytes = utf8('客户,金额\n王,1\n王');
    expect(detectEncoding(bytes.subarray(0, bytes.length - 1)).encoding).toBe('utf-8');
  });
});
