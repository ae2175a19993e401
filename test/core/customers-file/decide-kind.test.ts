import { describe, expect, it } from 'vitest';
import { inspect } from '../../../src/core/parse/inspect';
import { utf8 } from '../parse/helpers';

function kindOf(header: string, row: string): [string, string, string[]] {
  const bytes = utf8(`${header}\n${row}\n`);
  const r = inspect(bytes, 'x.csv', bytes.length);
  if (!('mapping' in r)) throw new Error(r.problem);
  return [r.kind, r.source, r.mapping.filter((m) => m.role !== 'keep').map((m) => `${m.header}:${m.role}`)];
}

describe('what a file holds', () => {
  it('calls a header with an id and customer attributes but no order date or amount a customers file', () => {
    expect(kindOf('客户ID,客户姓名,联系电话,城市,出生日期', 'A1,王芳,13800001234,上海,1990-01-01')).toEqual([
      'customers', 'generic-customers',
      ['客户ID:customerId', '客户姓名:name', '联系电话:phone', '城市:city', '出生日期:birthday'],
    ]);
    expect(kindOf('email,first_name,last_name,gender', 'a@x.com,Ann,Lee,f')).toEqual([
      'customers', 'generic-customers', ['email:customerId', 'first_name:firstName', 'last_name:lastName', 'gender:gender'],
    ]);
  });

  it('keeps a file with an order date and an amount an orders file', () => {
    expect(kindOf('customer_id,order_date,amount,city', 'c1,2024-01-01,5,Oslo')).toEqual([
      'orders', 'generic', ['customer_id:customerId', 'order_date:orderDate', 'amount:amount', 'city:region'],
    ]);
  });

  it('reads a created date as a signup date when two customer-only attributes say so', () => {
    expect(kindOf('customer id,created at,phone,birthday', 'c1,2024-01-01,123,1990-01-01')[0]).toBe('customers');
    expect(kindOf('customer id,created at,name,email', 'c1,2024-01-01,Ann,a@x.com')[0]).toBe('orders');
  });

  it('offers both proposals, so the person can switch what the file holds', () => {
    const bytes = utf8('客户编号,姓名,注册时间\nC1,王芳,2024-01-01\n');
    const r = inspect(bytes, 'x.csv', bytes.length);
    expect('proposals' in r && r.proposals).toEqual({
      orders: { source: 'generic', mapping: [
        { index: 0, header: '客户编号', role: 'customerId' }, { index: 1, header: '姓名', role: 'customerName' },
        { index: 2, header: '注册时间', role: 'keep' },
      ] },
      customers: { source: 'generic-customers', mapping: [
        { index: 0, header: '客户编号', role: 'customerId' }, { index: 1, header: '姓名', role: 'name' },
        { index: 2, header: '注册时间', role: 'signupDate' },
      ] },
    });
  });

  it('finds a customers header below a title line', () => {
    const bytes = utf8('会员名单 2024\n\n会员编号,姓名,手机,性别\nM1,李雷,139,男\n');
    const r = inspect(bytes, 'x.csv', bytes.length);
    expect('mapping' in r && [r.kind, r.headerLine, r.preview]).toEqual(['customers', 3, [['M1', '李雷', '139', '男']]]);
  });
});
