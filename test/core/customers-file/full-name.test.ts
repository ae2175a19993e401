import { describe, expect, it } from 'vitest';
import { fullName } from '../../../src/core/customers-file/full-name';

describe('fullName', () => {
  it('writes CJK names family name first without a space, others first name first', () => {
    expect([
      fullName('芳', '王'), fullName('Ana', 'García'), fullName('', 'Lee'), fullName('Bob', ''), fullName('', ''),
      fullName('Wei', '李'), fullName('さくら', '山田'), fullName('민준', '김'),
    ]).toEqual(['王芳', 'Ana García', 'Lee', 'Bob', '', '李Wei', '山田さくら', '김민준']);
  });
});
