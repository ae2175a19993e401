/** Word lists of the demo shop's customers file (a member list exported from a Chinese CRM). */

export const DEMO_CUSTOMERS_HEADER = [
  '客户编号', '姓名', '手机号', '邮箱', '省份', '城市', '渠道', '注册日期', '生日', '性别', '年龄段',
] as const;

/** A province (or abroad: state or country) with its cities and a weight within its region. */
export interface DemoPlace {
  province: string;
  cities: readonly string[];
  weight: number;
}

/** Provinces and cities of each order region: a customer's province lies in the region of their orders. */
export const PLACES_BY_REGION: Readonly<Record<string, readonly DemoPlace[]>> = {
  华东: [
    { province: '上海', cities: ['上海'], weight: 25 },
    { province: '江苏', cities: ['南京', '苏州', '无锡'], weight: 22 },
    { province: '浙江', cities: ['杭州', '宁波', '温州'], weight: 22 },
    { province: '山东', cities: ['济南', '青岛'], weight: 12 },
    { province: '福建', cities: ['福州', '厦门'], weight: 9 },
    { province: '安徽', cities: ['合肥'], weight: 6 },
    { province: '江西', cities: ['南昌'], weight: 4 },
  ],
  华北: [
    { province: '北京', cities: ['北京'], weight: 50 },
    { province: '天津', cities: ['天津'], weight: 18 },
    { province: '河北', cities: ['石家庄', '保定'], weight: 16 },
    { province: '山西', cities: ['太原'], weight: 10 },
    { province: '内蒙古', cities: ['呼和浩特'], weight: 6 },
  ],
  华南: [
    { province: '广东', cities: ['广州', '深圳', '东莞', '佛山'], weight: 75 },
    { province: '广西', cities: ['南宁', '桂林'], weight: 15 },
    { province: '海南', cities: ['海口'], weight: 10 },
  ],
  西南: [
    { province: '四川', cities: ['成都', '绵阳'], weight: 42 },
    { province: '重庆', cities: ['重庆'], weight: 30 },
    { province: '云南', cities: ['昆明'], weight: 14 },
    { province: '贵州', cities: ['贵阳'], weight: 11 },
    { province: '西藏', cities: ['拉萨'], weight: 3 },
  ],
  华中: [
    { province: '湖北', cities: ['武汉', '宜昌'], weight: 40 },
    { province: '河南', cities: ['郑州', '洛阳'], weight: 32 },
    { province: '湖南', cities: ['长沙'], weight: 28 },
  ],
  'North America': [
    { province: 'California', cities: ['San Francisco', 'Los Angeles'], weight: 35 },
    { province: 'New York', cities: ['New York'], weight: 25 },
    { province: 'Washington', cities: ['Seattle'], weight: 12 },
    { province: 'Ontario', cities: ['Toronto'], weight: 16 },
    { province: 'British Columbia', cities: ['Vancouver'], weight: 12 },
  ],
  Europe: [
    { province: 'United Kingdom', cities: ['London', 'Manchester'], weight: 32 },
    { province: 'Germany', cities: ['Berlin', 'Munich'], weight: 24 },
    { province: 'France', cities: ['Paris', 'Lyon'], weight: 22 },
    { province: 'Netherlands', cities: ['Amsterdam'], weight: 12 },
    { province: 'Italy', cities: ['Milan'], weight: 10 },
  ],
};

/**
 * Phone numbers abroad, by city: a prefix and how many random digits follow. The prefixes are ranges set
 * aside for fiction (North America's 555-01xx, Ofcom's 07700 900xxx) or plainly made up.
 */
export const ABROAD_PHONES: Readonly<Record<string, readonly [string, number]>> = {
  'San Francisco': ['+1 415 555 01', 2],
  'Los Angeles': ['+1 213 555 01', 2],
  'New York': ['+1 212 555 01', 2],
  Seattle: ['+1 206 555 01', 2],
  Toronto: ['+1 416 555 01', 2],
  Vancouver: ['+1 604 555 01', 2],
  London: ['+44 7700 900', 3],
  Manchester: ['+44 7700 900', 3],
  Berlin: ['+49 151 555', 5],
  Munich: ['+49 152 555', 5],
  Paris: ['+33 6 55', 6],
  Lyon: ['+33 7 55', 6],
  Amsterdam: ['+31 6 55', 6],
  Milan: ['+39 345 555', 4],
};

/** Mainland mobile prefixes (China Mobile, Unicom, Telecom); the other eight digits are random. */
export const MOBILE_PREFIXES = [
  '138', '139', '137', '136', '135', '134', '150', '151', '152', '158', '159', '187', '188', '182', '183', '130',
  '131', '132', '155', '156', '185', '186', '176', '133', '153', '180', '181', '189', '177', '199', '198', '166',
] as const;

/** Pinyin of the surnames and given names of demo-shop-lists.ts, for email addresses. */
export const PINYIN: Readonly<Record<string, string>> = {
  王: 'wang', 李: 'li', 张: 'zhang', 刘: 'liu', 陈: 'chen', 杨: 'yang', 黄: 'huang', 赵: 'zhao', 吴: 'wu',
  周: 'zhou', 徐: 'xu', 孙: 'sun', 马: 'ma', 朱: 'zhu', 胡: 'hu', 郭: 'guo', 何: 'he', 林: 'lin', 高: 'gao',
  罗: 'luo', 芳: 'fang', 伟: 'wei', 娜: 'na', 敏: 'min', 静: 'jing', 丽: 'li', 强: 'qiang', 磊: 'lei', 军: 'jun',
  洋: 'yang', 勇: 'yong', 艳: 'yan', 杰: 'jie', 娟: 'juan', 涛: 'tao', 明: 'ming', 超: 'chao', 秀英: 'xiuying',
  霞: 'xia', 平: 'ping', 刚: 'gang', 桂英: 'guiying', 晨: 'chen', 婷: 'ting', 浩然: 'haoran', 子涵: 'zihan',
  欣怡: 'xinyi', 宇轩: 'yuxuan', 思远: 'siyuan', 雨桐: 'yutong',
};

/** The usual gender of a given or first name; names given to both are absent. */
export const NAME_GENDER: Readonly<Record<string, '男' | '女'>> = {
  芳: '女', 娜: '女', 静: '女', 丽: '女', 艳: '女', 娟: '女', 秀英: '女', 霞: '女', 桂英: '女', 婷: '女',
  欣怡: '女', 雨桐: '女', 伟: '男', 强: '男', 磊: '男', 军: '男', 洋: '男', 勇: '男', 杰: '男', 涛: '男',
  明: '男', 超: '男', 刚: '男', 浩然: '男', 宇轩: '男', 思远: '男',
  Emma: '女', Olivia: '女', Ava: '女', Sophia: '女', Mia: '女', Grace: '女', Chloe: '女', Lily: '女', Amelia: '女',
  Zoë: '女', Liam: '男', Noah: '男', James: '男', Lucas: '男', Ethan: '男', Daniel: '男', Henry: '男', Jack: '男',
  Oliver: '男', Samuel: '男',
};

/** Age bands with their youngest and oldest age (years) and their share of a tea and coffee shop's members. */
export const AGE_BANDS = [
  { band: '18-24', from: 18, to: 24, weight: 16 },
  { band: '25-34', from: 25, to: 34, weight: 36 },
  { band: '35-44', from: 35, to: 44, weight: 25 },
  { band: '45-54', from: 45, to: 54, weight: 14 },
  { band: '55+', from: 55, to: 72, weight: 9 },
] as const;

/** Mail domains reserved for examples (RFC 2606), so no made-up address can reach a real person. */
export const MAIL_DOMAINS = ['example.com', 'example.net', 'example.org'] as const;
