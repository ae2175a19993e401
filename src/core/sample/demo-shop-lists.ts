/** Word lists of the synthetic demo shop (a tea and coffee shop selling in China and abroad). */

export const DEMO_HEADER = [
  'order_id', 'customer_id', 'customer_name', 'order_date', 'amount', 'currency', 'quantity', 'category', 'status',
  'region', 'channel',
] as const;

export const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭',
  '何', '林', '高', '罗'] as const;
export const GIVEN_NAMES = ['芳', '伟', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明',
  '超', '秀英', '霞', '平', '刚', '桂英', '晨', '婷', '浩然', '子涵', '欣怡', '宇轩', '思远', '雨桐'] as const;
export const FIRST_NAMES = ['Emma', 'Liam', 'Olivia', 'Noah', 'Ava', 'James', 'Sophia', 'Lucas', 'Mia', 'Ethan',
  'Grace', 'Daniel', 'Chloe', 'Henry', 'Lily', 'Jack', 'Amelia', 'Oliver', 'Zoë', 'Samuel'] as const;
export const LAST_NAMES = ['Smith', 'Johnson', 'Brown', 'Taylor', 'Wilson', 'Davies', 'Evans', 'Thomas', 'Walker',
  'Wright', 'Green', 'Hall', 'Clarke', 'Lewis', 'Harris', 'Martin', 'Müller', 'Dubois', 'Rossi', 'Novak'] as const;

export const CHINA_REGIONS = ['华东', '华北', '华南', '西南', '华中'] as const;
export const CHINA_REGION_WEIGHTS = [35, 20, 25, 10, 10] as const;
export const ABROAD_REGIONS = ['North America', 'Europe'] as const;

export const CHANNELS = ['Online store', '微信小程序', 'Marketplace', 'Retail'] as const;
export const CHANNEL_WEIGHTS = [35, 30, 25, 10] as const;

/** Categories with a typical unit price in yuan. */
export const CATEGORIES = [
  { name: 'Tea', price: 168 },
  { name: 'Teaware', price: 238 },
  { name: 'Coffee', price: 98 },
  { name: 'Snacks', price: 58 },
  { name: 'Gift sets', price: 388 },
  { name: 'Stationery', price: 45 },
] as const;
export const CATEGORY_WEIGHTS = [30, 12, 22, 20, 8, 8] as const;
