import { describe, expect, it } from 'vitest';
import { parseAmountCents } from '../../../src/core/parse/parse-amount';
import { parseDecimal } from '../../../src/core/parse/parse-decimal';

describe('parseAmountCents', () => {
  it.each([
    ['1234.5', 123450],
    ['1,234.50', 123450],
    ['1.234,50', 123450],
    ['1 234,50', 123450],
    ['1\u00a0234,50', 123450],
    ["1'234.50", 123450],
    ['12,5', 1250],
    ['1,234', 123400],
    ['1,234,567', 123456700],
    ['1.234.567,89', 123456789],
    ['0.29', 29],
    ['¥1,280.00', 128000],
    ['￥88', 8800],
    ['$ 19.99', 1999],
    ['€12,50', 1250],
    ['£7', 700],
    ['RMB 300', 30000],
    ['CNY300.5', 30050],
    ['300 元', 30000],
    ['12.00 USD', 1200],
    ['EUR 9,90', 990],
    ['US$5', 500],
    ['-12.50', -1250],
    ['12.50-', -1250],
    ['(12.50)', -1250],
    ['($1,234.56)', -123456],
    ['$-5.00', -500],
    ['−3', -300],
    ['0', 0],
    ['$(12.50)', -1250],
    ['-$12.50', -1250],
    ['￥-8.00', -800],
    ['-￥8.00', -800],
    ['USD 1,234.00', 123400],
    ['(USD 1,234.00)', -123400],
    ['+12.00', 1200],
    ['+$12.00', 1200],
    ['₩12,000', 1200000],
    ['₹ 1,234.50', 123450],
    ['RM 89.90', 8990],
    ['NZ$5', 500],
    ['250 kr', 25000],
    ['THB 100', 10000],
    ['￥１，２８０．００', 128000],
    ['－8.00', -800],
    ['（12.50）', -1250],
  ])('%j → %i cents', (text, cents) => {
    expect(parseAmountCents(text)).toBe(cents);
  });

  it('reads a lone separator with three digits after it by the column convention', () => {
    expect([parseAmountCents('1,234', true), parseAmountCents('1.234', true), parseAmountCents('1.234')])
      .toEqual([123, 123400, 123]);
  });

  it('reads a French amount with a narrow no-break space and a trailing euro sign when the column writes commas', () => {
    expect([parseAmountCents('1\u202f234,56 €', true), parseAmountCents('-20,00 €', true)]).toEqual([123456, -2000]);
  });

  it.each([
    '', 'abc', '12.3.4,5,6', '1,23,4', '--5', '12 34 x', '$', '1e5', '=SUM(A1)', '5 apples', '+-5', '-(5)', '$-(5)',
    '(5)-', '++5', '-5-', '+ ', '(12.50',
  ])(
    'rejects %j',
    (text) => {
      expect(parseAmountCents(text)).toBeNaN();
    },
  );
});

describe('parseDecimal', () => {
  it('reads quantities with signs and separators', () => {
    expect(['3', '-1', '+2', '1,000', '2.5', '0,75'].map((s) => parseDecimal(s))).toEqual([3, -1, 2, 1000, 2.5, 0.75]);
  });
});
