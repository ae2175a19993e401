import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inspect } from '../../../src/core/parse/inspect';
import { dayToIso, isoToDay } from '../../../src/core/dates';
import { demoCustomersCsv } from '../../../src/core/sample/demo-customers';
import { demoShopCsv } from '../../../src/core/sample/demo-shop';
import type { Inspection } from '../../../src/core/types';

const HEADER = '客户编号,姓名,手机号,邮箱,省份,城市,渠道,注册日期,生日,性别,年龄段';

/** A file's rows as records by header name (the demo files quote nothing). */
function records(text: string): Record<string, string>[] {
  const [header, ...lines] = text.slice(0, -1).split('\n');
  const names = header!.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((cell, i) => [names[i]!, cell])));
}

/** Each buying customer's name, orders' region, and the date and channel of their first order row. */
function buyers(seed: number) {
  const byId = new Map<string, { name: string; region: string; firstDate: string; firstChannel: string }>();
  for (const o of records(demoShopCsv(seed))) {
    // The orders file is sorted by time, so a customer's first row is their first order.
    if (!byId.has(o['customer_id']!)) {
      byId.set(o['customer_id']!, {
        name: o['customer_name']!, region: o['region']!, firstDate: o['order_date']!.slice(0, 10),
        firstChannel: o['channel']!,
      });
    }
  }
  return byId;
}

// Where each province (state, country) lies, written out here rather than taken from the generator's lists.
const REGION_OF: Record<string, string> = {
  上海: '华东', 江苏: '华东', 浙江: '华东', 山东: '华东', 福建: '华东', 安徽: '华东', 江西: '华东',
  北京: '华北', 天津: '华北', 河北: '华北', 山西: '华北', 内蒙古: '华北',
  广东: '华南', 广西: '华南', 海南: '华南',
  四川: '西南', 重庆: '西南', 云南: '西南', 贵州: '西南', 西藏: '西南',
  湖北: '华中', 河南: '华中', 湖南: '华中',
  California: 'North America', 'New York': 'North America', Washington: 'North America',
  Ontario: 'North America', 'British Columbia': 'North America',
  'United Kingdom': 'Europe', Germany: 'Europe', France: 'Europe', Netherlands: 'Europe', Italy: 'Europe',
};
const CITIES: Record<string, string[]> = {
  上海: ['上海'], 江苏: ['南京', '苏州', '无锡'], 浙江: ['杭州', '宁波', '温州'], 山东: ['济南', '青岛'],
  福建: ['福州', '厦门'], 安徽: ['合肥'], 江西: ['南昌'], 北京: ['北京'], 天津: ['天津'], 河北: ['石家庄', '保定'],
  山西: ['太原'], 内蒙古: ['呼和浩特'], 广东: ['广州', '深圳', '东莞', '佛山'], 广西: ['南宁', '桂林'], 海南: ['海口'],
  四川: ['成都', '绵阳'], 重庆: ['重庆'], 云南: ['昆明'], 贵州: ['贵阳'], 西藏: ['拉萨'], 湖北: ['武汉', '宜昌'],
  河南: ['郑州', '洛阳'], 湖南: ['长沙'], California: ['San Francisco', 'Los Angeles'], 'New York': ['New York'],
  Washington: ['Seattle'], Ontario: ['Toronto'], 'British Columbia': ['Vancouver'],
  'United Kingdom': ['London', 'Manchester'], Germany: ['Berlin', 'Munich'], France: ['Paris', 'Lyon'],
  Netherlands: ['Amsterdam'], Italy: ['Milan'],
};
// Empty, a mainland mobile number, or one abroad in a range kept for fiction (555-01xx, 07700 900xxx) or made up.
const ABROAD = ['1 \\d{3} 555 01\\d{2}', '44 7700 900\\d{3}', '49 15[12] 555\\d{5}', '33 [67] 55\\d{6}', '31 6 55\\d{6}',
  '39 345 555\\d{4}'];
const PHONE = new RegExp(`^(|1[3-9]\\d{9}|\\+(${ABROAD.join('|')}))$`);
const BANDS: Record<string, [number, number]> = {
  '18-24': [18, 24], '25-34': [25, 34], '35-44': [35, 44], '45-54': [45, 54], '55+': [55, 200],
};

const csv = demoCustomersCsv();
const rows = records(csv);
const orders = buyers(20240501);
const column = (name: string) => rows.map((r) => r[name]!);
const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && dayToIso(isoToDay(value)) === value;
const ageOn20251031 = (birthday: string) =>
  2025 - Number(birthday.slice(0, 4)) - (birthday.slice(5) > '10-31' ? 1 : 0);

describe('demoCustomersCsv', () => {
  it('writes the same text for the same seed and another for another seed', () => {
    expect(demoCustomersCsv(20240501)).toBe(csv);
    expect(demoCustomersCsv(7)).not.toBe(csv);
    expect(demoCustomersCsv(7)).toBe(demoCustomersCsv(7));
  });

  it('leaves the orders file of the default seed byte for byte as it was before the customers file', () => {
    // sha256 of demoShopCsv() recorded before the shared simulation was split out of it.
    expect(createHash('sha256').update(demoShopCsv()).digest('hex'))
      .toBe('85d4d6b89a269d8ea9337bfbc6020c70e8074221f1007410bdc0fda20086ad15');
  });

  it('is read as a customers file with every Chinese header given its role', () => {
    const inspection = inspect(new TextEncoder().encode(csv), 'demo-customers.csv', csv.length) as Inspection;
    expect([inspection.kind, inspection.source, inspection.encoding, inspection.delimiter, inspection.headerLine])
      .toEqual(['customers', 'generic-customers', 'utf-8', ',', 1]);
    expect(inspection.mapping.map((m) => [m.header, m.role])).toEqual([
      ['客户编号', 'customerId'], ['姓名', 'name'], ['手机号', 'phone'], ['邮箱', 'email'], ['省份', 'region'],
      ['城市', 'city'], ['渠道', 'channel'], ['注册日期', 'signupDate'], ['生日', 'birthday'], ['性别', 'gender'],
      ['年龄段', 'ageBand'],
    ]);
  });

  it('has the header, 11 cells a row, newline-terminated lines and no quoting', () => {
    expect(csv.split('\n')[0]).toBe(HEADER);
    expect(csv.endsWith('\n') && !csv.includes('\r') && !csv.includes('"')).toBe(true);
    expect(csv.slice(0, -1).split('\n').slice(1).filter((line) => line.split(',').length !== 11)).toEqual([]);
  });

  it('has a row for all but 125 of the 2,500 buyers, by the names of their orders, then 300 prospects', () => {
    const ids = column('客户编号');
    expect(new Set(ids).size).toBe(2675);
    expect(ids).toEqual([...ids].sort());
    const buying = ids.filter((id) => orders.has(id));
    expect(orders.size).toBe(2500);
    expect(buying).toHaveLength(2375);
    expect([...orders.keys()].filter((id) => !ids.includes(id))).toHaveLength(125);
    const prospects = ids.filter((id) => !orders.has(id));
    expect(prospects).toEqual(Array.from({ length: 300 }, (_, i) => `C0${2501 + i}`));
    expect(rows.filter((r) => orders.has(r['客户编号']!) && orders.get(r['客户编号']!)!.name !== r['姓名']))
      .toEqual([]);
  });

  it('keeps the design for another seed: 125 buyers left out, 300 prospects', () => {
    const other = records(demoCustomersCsv(7)).map((r) => r['客户编号']!);
    const otherOrders = buyers(7);
    expect(other.filter((id) => otherOrders.has(id))).toHaveLength(2375);
    expect(other.filter((id) => !otherOrders.has(id))).toHaveLength(300);
  });

  it.each([
    ['客户编号', /^C\d{5}$/],
    ['姓名', /^([\u4e00-\u9fff]{2,3}|[A-Z][a-zë]+ [A-Z][a-zü]+)$/],
    ['手机号', PHONE],
    ['邮箱', /^(|[a-z0-9.]+@example\.(com|net|org))$/],
    ['渠道', /^(Online store|微信小程序|Marketplace|Retail)$/],
    ['性别', /^(|男|女)$/],
    ['年龄段', /^(|18-24|25-34|35-44|45-54|55\+)$/],
  ])('writes every %s well-formed', (name, pattern) => {
    expect(column(name).filter((value) => !pattern.test(value))).toEqual([]);
  });

  it('gives phones and emails to one customer each, and leaves some empty', () => {
    for (const name of ['手机号', '邮箱']) {
      const filled = column(name).filter((v) => v !== '');
      expect(new Set(filled).size).toBe(filled.length);
      expect(filled.length).toBeLessThan(rows.length);
    }
    const emails = column('邮箱').filter((v) => v !== '').length;
    expect(emails / rows.length).toBeGreaterThan(0.3);
    expect(emails / rows.length).toBeLessThan(0.8);
    expect(column('手机号').filter((v) => v !== '').length / rows.length).toBeGreaterThan(0.85);
  });

  it('places every customer in a province and city of the region their orders name', () => {
    expect(rows.filter((r) => !CITIES[r['省份']!]?.includes(r['城市']!))).toEqual([]);
    const misplaced = rows.filter((r) => orders.has(r['客户编号']!)
      && REGION_OF[r['省份']!] !== orders.get(r['客户编号']!)!.region);
    expect(misplaced).toEqual([]);
    // Abroad, rows read the English way: English names, states or countries, international phones.
    const abroad = rows.filter((r) => ['North America', 'Europe'].includes(REGION_OF[r['省份']!]!));
    expect(abroad.length).toBeGreaterThan(100);
    expect(abroad.filter((r) => !/^[A-Z][a-zë]+ [A-Z][a-zü]+$/.test(r['姓名']!))).toEqual([]);
    expect(abroad.filter((r) => r['手机号'] !== '' && !r['手机号']!.startsWith('+'))).toEqual([]);
    const china = rows.filter((r) => !abroad.includes(r));
    expect(china.filter((r) => r['手机号']!.startsWith('+'))).toEqual([]);
    expect(china.some((r) => /^[A-Z]/.test(r['姓名']!))).toBe(true); // English names living in China
  });

  it('takes the channel of the first order and a signup date on or before it', () => {
    const bought = rows.filter((r) => orders.has(r['客户编号']!));
    expect(bought.filter((r) => r['渠道'] !== orders.get(r['客户编号']!)!.firstChannel)).toEqual([]);
    expect(column('注册日期').filter((d) => !isDate(d))).toEqual([]);
    expect(bought.filter((r) => r['注册日期']! > orders.get(r['客户编号']!)!.firstDate)).toEqual([]);
    // Many join at their first purchase, some long before the data starts.
    expect(bought.filter((r) => r['注册日期'] === orders.get(r['客户编号']!)!.firstDate).length)
      .toBeGreaterThan(1000);
    expect(bought.some((r) => r['注册日期']! < '2023-01-01')).toBe(true);
    const prospects = rows.filter((r) => !orders.has(r['客户编号']!)).map((r) => r['注册日期']!);
    expect(prospects.filter((d) => d < '2025-07-02' || d > '2025-10-31')).toEqual([]);
  });

  it('gives birthdays of adults, and age bands that agree with them on 2025-10-31', () => {
    const birthdays = column('生日').filter((b) => b !== '');
    expect(birthdays.filter((b) => !isDate(b))).toEqual([]);
    expect(birthdays.length / rows.length).toBeGreaterThan(0.5);
    expect(birthdays.length).toBeLessThan(rows.length);
    expect(birthdays.filter((b) => ageOn20251031(b) < 18 || ageOn20251031(b) > 72)).toEqual([]);
    const disagree = rows.filter((r) => r['生日'] !== '' && r['年龄段'] !== '').filter((r) => {
      const [from, to] = BANDS[r['年龄段']!]!;
      const age = ageOn20251031(r['生日']!);
      return age < from || age > to;
    });
    expect(disagree).toEqual([]);
    // With a birthday the band is always known; without one, only sometimes.
    expect(rows.filter((r) => r['生日'] !== '' && r['年龄段'] === '')).toEqual([]);
    expect(rows.some((r) => r['生日'] === '' && r['年龄段'] !== '')).toBe(true);
    expect(new Set(column('年龄段'))).toEqual(new Set(['', '18-24', '25-34', '35-44', '45-54', '55+']));
  });

  it('writes the gender a name usually has', () => {
    const given = (name: string) => (/^[A-Z]/.test(name) ? name.split(' ')[0]! : name.slice(1));
    const wrong = rows.filter((r) => r['性别'] !== '').filter((r) => {
      const name = given(r['姓名']!);
      if (['芳', '婷', '秀英', 'Emma', 'Zoë', 'Grace'].includes(name)) return r['性别'] !== '女';
      if (['伟', '强', '浩然', 'James', 'Oliver', 'Samuel'].includes(name)) return r['性别'] !== '男';
      return false;
    });
    expect(wrong).toEqual([]);
    expect(new Set(column('性别'))).toEqual(new Set(['', '男', '女']));
  });
});
