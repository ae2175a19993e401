import { describe, expect, it } from 'vitest';
import { detectEncoding } from '../../../src/core/parse/detect-encoding';
import { encodeGb18030 } from '../../fixtures/gb18030.mjs';
import { fixture, importBytes, rows, utf16, utf8 } from './helpers';

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

describe('detectEncoding: Windows-1252 against GB18030', () => {
  it('reads German Excel (no BOM, ä ö ü ß é) as Windows-1252, Chinese Excel still as GB18030', () => {
    expect([
      detectEncoding(fixture('customers/de-customers-cp1252.csv')).encoding,
      detectEncoding(fixture('customers/de-orders-cp1252.csv')).encoding,
      detectEncoding(fixture('customers/zh-customers-gb18030.csv')).encoding,
      detectEncoding(fixture('exports/taobao-orders.csv')).encoding,
      detectEncoding(new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x3b, 0x80, 0x31])).encoding, // Café;€1
      detectEncoding(new Uint8Array([0x81, 0x30, 0x81, 0x30, 0xc4, 0xe3])).encoding, // a four-byte GB18030 character, 你
    ]).toEqual(['windows-1252', 'windows-1252', 'gb18030', 'gb18030', 'windows-1252', 'gb18030']);
  });

  it('imports a German Windows-1252 orders file with its accents and decimal commas intact', () => {
    const { inspection, parsed } = importBytes(fixture('customers/de-orders-cp1252.csv'), 'bestellungen.csv');
    expect('kind' in inspection && [inspection.kind, inspection.encoding, inspection.decimalComma]).toEqual(['orders', 'windows-1252', true]);
    expect(parsed?.ok && rows(parsed.table).map((r) => [r.customer, r.date, r.cents, r.product])).toEqual([
      ['K-001', '2024-05-03', 1250, 'Brötchen'],
      ['K-002', '2024-05-04', 123450, 'Käse & Crème brûlée'],
    ]);
  });
});
