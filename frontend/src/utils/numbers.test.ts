import { setLanguage } from '@/lib/i18n/language';

import { digitsOnly, formatFileSize, formatNumber, formatVnd } from './numbers';

describe('Vietnamese number formats', () => {
  it('groups thousands with dots', () => {
    expect(formatNumber(1500000)).toBe('1.500.000');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(null)).toBe('');
  });

  it('writes money in whole đồng with the đồng sign', () => {
    expect(formatVnd(1500000)).toBe('1.500.000\u00a0₫');
    expect(formatVnd(0)).toBe('0\u00a0₫');
  });

  it('keeps only the digits of what was typed', () => {
    expect(digitsOnly('1.500.000 ₫')).toBe('1500000');
    expect(digitsOnly('-12')).toBe('12');
  });

  it('shows file sizes in B, kB or MB with a decimal comma', () => {
    expect(formatFileSize(512)).toBe('512 B');
    expect(formatFileSize(1536)).toBe('1,5 kB');
    expect(formatFileSize(10 * 1024 * 1024)).toBe('10 MB');
  });
});

describe('numbers follow the UI language, as the server texts do', () => {
  afterEach(() => setLanguage('vi'));

  it('writes English numbers with a decimal point and comma thousands', () => {
    setLanguage('en');
    expect(formatNumber(1234.5)).toBe('1,234.5');
    expect(formatFileSize(1536)).toBe('1.5 kB');
    setLanguage('vi');
    expect(formatNumber(1234.5)).toBe('1.234,5');
  });
});
