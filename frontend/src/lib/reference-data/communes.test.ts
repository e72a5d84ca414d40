import { describe, expect, it } from 'vitest';

import { communes } from '@/testing/data';

import { communeOptions } from './communes';

describe('communeOptions', () => {
  it('names open communes plainly and marks a closed one with its closing day', () => {
    const closed = { ...communes[1]!, code: '03399', name: 'Xã Cũ (thử)', validTo: '2026-07-01' };
    expect(communeOptions([...communes, closed])).toEqual([
      { value: '03390', label: 'Xã Bình Lư' },
      { value: '03394', label: 'Xã Sin Suối Hồ' },
      { value: '03399', label: 'Xã Cũ (thử) (đã giải thể / sáp nhập từ 01/07/2026)' },
    ]);
  });
});
