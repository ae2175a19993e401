import { describe, expect, it } from 'vitest';
import { csvBytes } from '../../../src/core/query/csv-bytes';
import { customerCsv } from '../../../src/core/query/customer-csv';
import { frameOf } from './frame-of';
import { fullPair } from './full-pair';

/** A small RFC 4180 reader: records split on CRLF, quoted cells may hold commas, quotes ("") and line breaks. */
function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch !== '"') cell += ch;
      else if (text[i + 1] === '"') [cell, i] = [cell + '"', i + 1];
      else quoted = false;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') [record, cell] = [[...record, cell], ''];
    else if (ch === '\r' && text[i + 1] === '\n') {
      records.push([...record, cell]);
      [record, cell, i] = [[], '', i + 1];
    } else cell += ch;
  }
  if (cell !== '' || record.length > 0) records.push([...record, cell]);
  return records;
}

const COLUMNS = [
  'id', 'name', 'channel', 'firstDay', 'revenueCents', 'refundCents', 'meanGapDays', 'monetaryCents', 'r', 'rfm',
  'tier', 'lifecycle', 'favouriteCategory',
] as const;

describe('customerCsv', () => {
  it('writes a BOM, translated headers, CRLF lines, money in currency units and translated groups', () => {
    const frame = fullPair();
    const text = customerCsv(
      frame,
      new Int32Array([0, 1]),
      COLUMNS,
      { id: '客户编号', name: '姓名', revenueCents: 'Revenue, net', rfm: 'RFM "segment"' },
      { loyal: '忠诚客户', 'tier.high': '高价值', 'lifecycle.repeat': '复购', repeat: 'not this one' },
    );
    expect(text).toBe(
      '\uFEFF客户编号,姓名,channel,firstDay,"Revenue, net",refundCents,meanGapDays,monetaryCents,r,"RFM ""segment""",'
        + 'tier,lifecycle,favouriteCategory\r\n'
        + 'C-001,"王芳, ""Fang""",\'+wechat,2023-03-05,1234.56,19.99,211.67,411.50,4,忠诚客户,高价值,复购,茶叶\r\n'
        + 'P-002,,,,,,,,,,,,\r\n',
    );
  });

  it('reads back cell for cell: quoting, line breaks, Chinese, and formula cells neutralised', () => {
    const names = ['=SUM(A1:A9)', '+1 555', '-2', '@cmd', '\tTab', '\rreturn', 'a=b, "c"', '第一行\n第二行', '-'];
    const frame = frameOf(names.map((name, i) => ({ id: `k${i}`, name, revenueCents: i === 2 ? -1250 : 100 * i })));
    const text = customerCsv(frame, new Int32Array([0, 1, 2, 3, 4, 5, 6, 7, 8]), ['id', 'name', 'revenueCents'], {
      name: '名字',
    }, {});
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(readCsv(text.slice(1))).toEqual([
      ['id', '名字', 'revenueCents'],
      ['k0', "'=SUM(A1:A9)", '0.00'],
      ['k1', "'+1 555", '1.00'],
      ['k2', "'-2", '-12.50'], // the name is text and neutralised; the refund is a number and stays one
      ['k3', "'@cmd", '3.00'],
      ['k4', "'\tTab", '4.00'],
      ['k5', "'\rreturn", '5.00'],
      ['k6', 'a=b, "c"', '6.00'],
      ['k7', '第一行\n第二行', '7.00'],
      ['k8', "'-", '8.00'],
    ]);
  });

  it('neutralises ids, headers and group labels too, and writes only the header for an empty list', () => {
    const frame = frameOf([{ id: '=1+1', groups: { tier: 'high' } }]);
    expect(customerCsv(frame, new Int32Array([0]), ['id', 'tier'], { tier: '@Tier' }, { high: '+High' })).toBe(
      "\uFEFFid,'@Tier\r\n'=1+1,'+High\r\n",
    );
    expect(customerCsv(frame, new Int32Array(0), ['id'], {}, {})).toBe('\uFEFFid\r\n');
  });
});

describe('csvBytes', () => {
  it('encodes UTF-8 with the BOM as EF BB BF', () => {
    expect(Array.from(csvBytes('\uFEFF张,a\r\n'))).toEqual([0xef, 0xbb, 0xbf, 0xe5, 0xbc, 0xa0, 0x2c, 0x61, 0x0d, 0x0a]);
  });
});
