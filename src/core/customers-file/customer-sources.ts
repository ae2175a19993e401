import type { KnownSource } from '../types';
import type { CustomerColumnRole } from './customer-synonyms';

/** How a known customers export is recognised (all `requires` headers present) and its columns' roles. */
export interface CustomerSourceProfile {
  source: KnownSource;
  /** Folded header names that must all be present; a `|` separates alternatives. */
  requires: readonly string[];
  /** Role per folded header name; the first present name wins when a role lists several. */
  roles: Readonly<Partial<Record<CustomerColumnRole, readonly string[]>>>;
}

/**
 * The customer exports people bring beside their orders. Shopify and WooCommerce customers are keyed by
 * email, not by their numeric customer id, because those shops' order exports name the customer by email
 * only (see known-sources.ts): keyed alike, the two files join. The numeric id is kept as an attribute.
 * HubSpot contacts are keyed by Record ID, which deals name under "Associated Contact IDs".
 */
export const CUSTOMER_SOURCE_PROFILES: readonly CustomerSourceProfile[] = [
  {
    source: 'shopify-customers',
    // Older exports have no Customer ID and name the address columns without "Default Address".
    requires: ['first name', 'last name', 'email', 'total spent', 'total orders'],
    roles: {
      customerId: ['email'], firstName: ['first name'], lastName: ['last name'],
      phone: ['phone', 'default address phone'], city: ['default address city', 'city'],
      region: ['default address province code', 'province code', 'province'],
      company: ['default address company', 'company'],
    },
  },
  {
    source: 'woocommerce-customers',
    requires: ['name', 'username', 'last active', 'date registered', 'email'],
    roles: {
      customerId: ['email'], name: ['name'], signupDate: ['date registered'], region: ['region'], city: ['city'],
    },
  },
  {
    source: 'hubspot-contacts',
    // Labels follow the exporting user's language; the ZH_CN ones are listed beside the English.
    requires: ['record id|记录id', 'email|电子邮件', 'first name|名', 'last name|姓'],
    roles: {
      customerId: ['record id', '记录id'], firstName: ['first name', '名'], lastName: ['last name', '姓'],
      email: ['email', '电子邮件'], phone: ['phone number', 'mobile phone number', '电话号码'],
      signupDate: ['create date', '创建日期'], company: ['company name', '公司名称'], city: ['city', '城市'],
      region: ['state/region', '州/地区', 'country/region', '国家/地区'],
      channel: ['original source', 'original traffic source', '原始来源'],
    },
  },
];
