import type { CustomerRole } from '../customer-types';

/** The roles a header name can propose in a customers file: every role but keep and ignore. */
export type CustomerColumnRole = Exclude<CustomerRole, 'keep' | 'ignore'>;

/**
 * Header names (already folded by `normalizeHeader`) that propose each customers-file role, best first, in
 * English, Chinese, German and French. A name listed earlier beats one listed later.
 */
export const CUSTOMER_SYNONYMS: Readonly<Record<CustomerColumnRole, readonly string[]>> = {
  customerId: [
    'customer id', 'customerid', 'customer no', 'customer number', 'client id', 'contact id', 'user id', 'userid',
    'member id', 'account id', 'buyer id', 'cust id', 'cust no', 'customer code', 'record id', 'id',
    '客户编号', '客户id', '会员编号', '会员id', '用户id', '用户编号', '客户代码', '客户账号', '会员账号', '会员卡号',
    '买家id', '买家会员名', '记录id', 'kundennummer', 'kunden nr', 'kundennr', 'numéro client', 'n° client',
    'no client', 'code client', 'id client',
  ],
  name: [
    'name', 'full name', 'customer name', 'client name', 'contact name', 'display name', 'member name',
    '姓名', '客户名称', '客户姓名', '会员名称', '会员姓名', '联系人', '名称', 'kundenname', 'nom complet',
  ],
  firstName: ['first name', 'firstname', 'given name', 'vorname', 'prénom', '名'],
  lastName: ['last name', 'lastname', 'surname', 'family name', 'nachname', 'nom', '姓'],
  email: [
    'email', 'e mail', 'email address', 'customer email', 'mail', 'e mail adresse', 'courriel', 'adresse e mail',
    '邮箱', '电子邮箱', '电子邮件', '邮件', '邮箱地址',
  ],
  phone: [
    'phone', 'phone number', 'mobile', 'mobile phone', 'mobile phone number', 'telephone', 'tel', 'cell',
    'default address phone', '手机', '手机号', '手机号码', '联系电话', '电话', '电话号码', '联系方式', 'telefon',
    'handy', 'téléphone',
  ],
  region: [
    'region', 'province', 'state', 'state/region', 'province code', 'default address province code',
    'state / province', '省份', '省', '地区', '区域', '所在地区', 'bundesland', 'country / region', 'country',
    'country code', 'default address country code', '国家', 'land', 'pays',
  ],
  city: ['city', 'town', 'default address city', '城市', '所在城市', '市', 'stadt', 'ort', 'ville'],
  channel: [
    'channel', 'source', 'acquisition channel', 'lead source', 'original source', 'utm source', 'referral source',
    '渠道', '来源', '注册渠道', '客户来源', '获客渠道', '来源渠道', 'quelle', 'canal',
  ],
  signupDate: [
    'signup date', 'sign up date', 'date registered', 'registration date', 'registered', 'customer since',
    'create date', 'created at', 'created date', 'date created', 'created', 'join date', 'joined', 'first seen',
    '注册时间', '注册日期', '入会时间', '入会日期', '加入时间', '开卡时间', '创建时间', '创建日期',
    'registrierungsdatum', 'anmeldedatum', 'date d\'inscription', 'date inscription',
  ],
  birthday: [
    'birthday', 'birth date', 'birthdate', 'date of birth', 'dob', '生日', '出生日期', '出生年月日',
    'geburtsdatum', 'geburtstag', 'date de naissance',
  ],
  gender: ['gender', 'sex', '性别', 'geschlecht', 'sexe', 'genre'],
  age: ['age', 'age (years)', '年龄', 'alter', 'âge'],
  ageBand: [
    'age band', 'age group', 'age range', 'age bracket', '年龄段', '年龄层', '年龄区间', '年龄组', 'altersgruppe',
    'tranche d\'âge', 'tranche d âge',
  ],
  company: [
    'company', 'company name', 'organization', 'organisation', 'account name', 'default address company',
    '公司', '公司名称', '单位', '企业名称', '所在公司', 'firma', 'unternehmen', 'société', 'entreprise',
  ],
};
