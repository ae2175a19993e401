import { describe, expect, it } from 'vitest';
import { createCustomerParser } from '../../../src/core/customers-file/customer-parser';
import type { ImportOptions } from '../../../src/core/types';
import { fixture, roles } from '../parse/helpers';
import { customerRows, importCustomerBytes } from './helpers';

const none = { signup: null, birthday: null, age: null };

describe('customer exports: kind, mapping and every row', () => {
  it('reads a Shopify customers export keyed by email, names joined, the quoted Customer ID kept clean', () => {
    const { inspection, parsed } = importCustomerBytes(fixture('customers/shopify-customers.csv'));
    expect([inspection.kind, inspection.source]).toEqual(['customers', 'shopify-customers']);
    expect(roles(inspection)).toEqual({
      Email: 'customerId', 'First Name': 'firstName', 'Last Name': 'lastName', 'Default Address Company': 'company',
      'Default Address City': 'city', 'Default Address Province Code': 'region', Phone: 'phone',
    });
    expect(parsed.ok && customerRows(parsed.table)).toEqual([
      {
        id: 'ana.garcia@example.com', ...none, line: 2, name: 'Ana García', 'keep:Customer ID': '7012345678901',
        'keep:Accepts Email Marketing': 'yes', 'keep:Default Address Address1': 'Calle Mayor 1', city: 'Madrid',
        region: 'M', 'keep:Default Address Country Code': 'ES', 'keep:Default Address Zip': '28013',
        'keep:Default Address Phone': '+34 600 000 001', phone: '+34600000001', 'keep:Accepts SMS Marketing': 'no',
        'keep:Total Spent': '120.50', 'keep:Total Orders': '3', 'keep:Tax Exempt': 'no', 'keep:Tags': 'vip, newsletter',
      },
      {
        id: 'wangfang@example.cn', ...none, line: 3, name: '王芳', 'keep:Customer ID': '7012345678902',
        'keep:Accepts Email Marketing': 'no', company: 'Atlas Tea', 'keep:Default Address Address1': '世纪大道100号',
        city: '上海', region: 'SH', 'keep:Default Address Country Code': 'CN', 'keep:Default Address Zip': '200120',
        phone: '+86 138 0000 1234', 'keep:Accepts SMS Marketing': 'no', 'keep:Total Spent': '59.00',
        'keep:Total Orders': '1', 'keep:Note': 'Prefers tea, not coffee', 'keep:Tax Exempt': 'no',
      },
      {
        id: 'bob@example.com', ...none, line: 4, name: 'Bob', 'keep:Customer ID': '7012345678903',
        'keep:Accepts Email Marketing': 'no', 'keep:Accepts SMS Marketing': 'no', 'keep:Total Spent': '0.00',
        'keep:Total Orders': '0', 'keep:Tax Exempt': 'no',
      },
    ]);
    expect(parsed.ok && [parsed.rowsRead, parsed.rejectedCount, parsed.rejected]).toEqual([4, 1, [
      { file: 'customers.csv', line: 5, column: 4, columnName: 'Email', reason: 'missingCustomer', value: '' },
    ]]);
  });

  it('reads an older Shopify export (Company, City, Province Code, Country)', () => {
    const { inspection, parsed } = importCustomerBytes(fixture('customers/shopify-customers-legacy.csv'));
    expect([inspection.kind, inspection.source]).toEqual(['customers', 'shopify-customers']);
    expect(roles(inspection)).toEqual({
      'First Name': 'firstName', 'Last Name': 'lastName', Email: 'customerId', Company: 'company', City: 'city',
      'Province Code': 'region', Phone: 'phone',
    });
    expect(parsed.ok && customerRows(parsed.table).map((r) => [r.id, r.name, r.city, r.region ?? null, r.company ?? null]))
      .toEqual([
        ['chloe@example.fr', 'Chloé Martin', 'Paris', null, 'Studio Martin'],
        ['sam.lee@example.com', 'Sam Lee', 'Toronto', 'ON', null],
      ]);
  });

  it('reads WooCommerce Analytics → Customers: a repeated email is one customer, the later row wins', () => {
    const { inspection, parsed } = importCustomerBytes(fixture('customers/woocommerce-customers.csv'), 'woo.csv');
    expect([inspection.kind, inspection.source, inspection.dayOrder]).toEqual(['customers', 'woocommerce-customers', 'mdy']);
    expect(roles(inspection)).toEqual({
      Name: 'name', 'Date registered': 'signupDate', Email: 'customerId', City: 'city', Region: 'region',
    });
    expect(parsed.ok && customerRows(parsed.table)).toEqual([
      {
        id: 'jane@example.com', signup: '2023-11-15', birthday: null, age: null, line: 4, name: 'Jane Doe',
        'keep:Username': 'janed', 'keep:Last active': '2024-06-01', 'keep:Orders': '5', 'keep:Total spend': '$260.00',
        'keep:AOV': '$52.00', 'keep:Country / Region': 'US', city: 'Portland', region: 'OR', 'keep:Postal code': '97201',
      },
      {
        id: 'guest@example.org', ...none, line: 3, name: 'Guest Buyer', 'keep:Last active': '2024-04-20',
        'keep:Orders': '1', 'keep:Total spend': '$15.00', 'keep:AOV': '$15.00', 'keep:Country / Region': 'GB',
        city: 'London', 'keep:Postal code': 'SW1A 1AA',
      },
    ]);
    expect(parsed.ok && [parsed.rowsRead, parsed.rejected]).toEqual([4, [
      { file: 'woo.csv', line: 5, column: 4, columnName: 'Date registered', reason: 'badDate', value: 'not a date' },
    ]]);
  });

  it('reads HubSpot contacts keyed by Record ID (1003.0 read as 1003), Create Date as the signup day', () => {
    const { inspection, parsed } = importCustomerBytes(fixture('customers/hubspot-contacts.csv'));
    expect([inspection.kind, inspection.source]).toEqual(['customers', 'hubspot-contacts']);
    expect(roles(inspection)).toEqual({
      'Record ID': 'customerId', 'First Name': 'firstName', 'Last Name': 'lastName', Email: 'email',
      'Phone Number': 'phone', 'Create Date': 'signupDate', 'Company Name': 'company', City: 'city',
      'State/Region': 'region', 'Original Source': 'channel',
    });
    expect(parsed.ok && customerRows(parsed.table)).toEqual([
      {
        id: '1001', signup: '2024-01-10', birthday: null, age: null, line: 2, name: 'Li Wei', email: 'li.wei@example.com',
        phone: '+86 139 0000 5678', 'keep:Contact owner': 'Sam Sales', 'keep:Lead Status': 'Open',
        'keep:Lifecycle Stage': 'Customer', company: 'Atlas Tea', city: '杭州', region: '浙江', channel: 'Organic search',
      },
      {
        id: '1002', signup: '2024-02-29', birthday: null, age: null, line: 3, name: 'Maria Schmidt',
        email: 'maria@example.de', 'keep:Contact owner': 'Sam Sales', 'keep:Lead Status': 'New',
        'keep:Lifecycle Stage': 'Lead', city: 'Berlin', channel: 'Paid social',
      },
      {
        id: '1003', signup: '2024-03-01', birthday: null, age: null, line: 4, email: 'noname@example.com',
        'keep:Lifecycle Stage': 'Subscriber', channel: 'Direct traffic',
      },
    ]);
  });

  it('reads a Chinese GB18030 customers file: ages with 岁, 年月日 dates, bad rows reported, 合计 dropped', () => {
    const { inspection, parsed } = importCustomerBytes(fixture('customers/zh-customers-gb18030.csv'), '会员.csv');
    expect([inspection.kind, inspection.source, inspection.encoding]).toEqual(['customers', 'generic-customers', 'gb18030']);
    expect(roles(inspection)).toEqual({
      客户编号: 'customerId', 姓名: 'name', 手机号: 'phone', 邮箱: 'email', 省份: 'region', 城市: 'city', 渠道: 'channel',
      注册时间: 'signupDate', 生日: 'birthday', 性别: 'gender', 年龄: 'age', 年龄段: 'ageBand', 公司: 'company',
    });
    expect(parsed.ok && customerRows(parsed.table)).toEqual([
      {
        id: 'C001', signup: '2023-05-01', birthday: '1990-03-15', age: 34, line: 2, name: '王芳', phone: '13800001234',
        email: 'wangfang@example.cn', region: '上海', city: '上海', channel: '小程序', gender: '女', ageBand: '25-34岁',
        company: '星辰科技', 'keep:会员等级': '金卡',
      },
      {
        id: 'C002', signup: '2023-06-02', birthday: null, age: 41, line: 3, name: '李雷', phone: '13900005678',
        region: '浙江', city: '杭州', channel: '门店', gender: '男', ageBand: '35-44岁', 'keep:会员等级': '银卡',
      },
      { id: 'C005', signup: '2024-03-08', birthday: '1985-12-01', age: null, line: 7, name: '陈静', gender: '女' },
    ]);
    expect(parsed.ok && [parsed.rowsRead, parsed.rejected.map((r) => [r.line, r.column, r.columnName, r.reason, r.value])])
      .toEqual([6, [
        [4, 8, '注册时间', 'badDate', '2024-02-30'],
        [5, 1, '客户编号', 'missingCustomer', ''],
        [6, 11, '年龄', 'badNumber', 'abc'],
      ]]);
  });

  it('reads a German Excel customers file in Windows-1252 with day-first dates', () => {
    const { inspection, parsed } = importCustomerBytes(fixture('customers/de-customers-cp1252.csv'));
    expect([inspection.kind, inspection.encoding, inspection.delimiter, inspection.dayOrder])
      .toEqual(['customers', 'windows-1252', ';', 'dmy']);
    expect(parsed.ok && customerRows(parsed.table)).toEqual([
      {
        id: 'K-001', signup: null, birthday: '1980-03-15', age: null, line: 2, name: 'Jürgen Müller',
        email: 'juergen@example.de', phone: '+49 30 123456', city: 'München', region: 'Bayern', gender: 'männlich',
        company: 'Bäckerei Groß',
      },
      {
        id: 'K-002', signup: null, birthday: '1992-12-01', age: null, line: 3, name: 'Zoë Dupré', email: 'zoe@example.fr',
        city: 'Köln', region: 'NRW', gender: 'weiblich', company: 'Café Société',
      },
    ]);
  });
});

describe('createCustomerParser', () => {
  const options = (header: string[], roleOf: Record<string, string>): ImportOptions => ({
    encoding: 'utf-8', delimiter: ',', dayOrder: 'dmy', groupLineItems: false,
    mapping: header.map((h, index) => ({ index, header: h, role: (roleOf[h] ?? 'keep') as 'keep' })),
  });

  it('gives the same table whatever the chunks the text arrives in', () => {
    const text = 'id,名,姓,signup\r\n1,芳,王,3/4/2024\r\n2,Ann,Lee,"13/04/2024"\r\n1,芳,张,\r\n';
    const opts = options(['id', '名', '姓', 'signup'],
      { id: 'customerId', 名: 'firstName', 姓: 'lastName', signup: 'signupDate' });
    const whole = createCustomerParser('a.csv', opts);
    whole.push(text);
    const expected = [
      { id: '1', signup: null, birthday: null, age: null, line: 4, name: '张芳' },
      { id: '2', signup: '2024-04-13', birthday: null, age: null, line: 3, name: 'Ann Lee' },
    ];
    const first = whole.finish();
    expect(first.ok && customerRows(first.table)).toEqual(expected);
    for (let cut = 1; cut < text.length; cut += 3) {
      const parser = createCustomerParser('a.csv', opts);
      parser.push(text.slice(0, cut));
      parser.push(text.slice(cut));
      const parsed = parser.finish();
      expect(parsed.ok && customerRows(parsed.table)).toEqual(expected);
    }
  });

  it('fails with missingRequired when no column is the customer id or an email', () => {
    const parser = createCustomerParser('a.csv', options(['name'], { name: 'name' }));
    parser.push('name\nAnn\n');
    expect(parser.finish()).toEqual({ ok: false, problem: 'missingRequired', detail: { fields: 'customerId' } });
  });

  it('falls back to the email (lower case) where the id cell is empty, and reads ages as written', () => {
    const parser = createCustomerParser('a.csv', options(['id', 'mail', 'age'], { id: 'customerId', mail: 'email', age: 'age' }));
    parser.push('id,mail,age\n,Ann@X.com,35 years\n7.0,b@x.com,"41,5"\nN/A,,-\n');
    const parsed = parser.finish();
    expect(parsed.ok && customerRows(parsed.table)).toEqual([
      { id: 'ann@x.com', signup: null, birthday: null, age: 35, line: 2, email: 'Ann@X.com' },
      { id: '7', signup: null, birthday: null, age: 41.5, line: 3, email: 'b@x.com' },
    ]);
    expect(parsed.ok && parsed.rejected.map((r) => [r.line, r.reason])).toEqual([[4, 'missingCustomer']]);
  });

  it('says noValidRows when every row is rejected', () => {
    const parser = createCustomerParser('a.csv', options(['id', 'x', 'y'], { id: 'customerId' }));
    parser.push('id,x,y\n,a,b\n,c,d\n');
    expect(parser.finish()).toEqual({ ok: false, problem: 'noValidRows', detail: { rejected: 2 } });
  });
});
