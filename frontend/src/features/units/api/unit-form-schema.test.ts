import { vi as vietnamese } from '@/lib/i18n/vi';

import { emptyUnitForm, toUnitRequest, validateUnitForm, type UnitFormValues } from './unit-form-schema';

const valid: UnitFormValues = {
  ...emptyUnitForm('03390', '2026-01-01'),
  kind: 'SCHOOL',
  code: 'THCS-BL',
  name: 'Trường THCS Bình Lư',
};

describe('unit form rules', () => {
  it('accepts a complete unit', () => {
    expect(validateUnitForm(valid, vietnamese)).toEqual({});
  });

  it.each([
    ['code', 'A', vietnamese.validation.unitCode],
    ['code', '-AB', vietnamese.validation.unitCode],
    ['code', 'ABCDEFGHIJKLMNOPQRSTU', vietnamese.validation.unitCode],
    ['phone', '12345', vietnamese.validation.phone],
    ['phone', '+8412345', vietnamese.validation.phone],
    ['email', 'not-an-email', vietnamese.validation.email],
    ['activeFrom', '2026-02-30', vietnamese.validation.date],
    ['activeTo', '2025-12-31', vietnamese.validation.activeToBeforeFrom],
    ['name', '   ', vietnamese.validation.required],
  ] as const)('rejects %s = %j', (field, value, message) => {
    expect(validateUnitForm({ ...valid, [field]: value }, vietnamese)[field]).toBe(message);
  });

  it.each(['0912345678', '+84912345678', '02133876543', '0912 345 678'])('accepts the phone %j', (phone) => {
    expect(validateUnitForm({ ...valid, phone }, vietnamese).phone).toBeUndefined();
  });

  it('builds the request: trimmed, upper-case code, empty optionals as null, sorted targets', () => {
    expect(
      toUnitRequest({ ...valid, code: ' thcs-bl ', name: ' Trường THCS ', phone: '0912 345 678', targets: [5, 1, 3] }, 2),
    ).toEqual({
      communeCode: '03390',
      kind: 'SCHOOL',
      code: 'THCS-BL',
      name: 'Trường THCS',
      contactPerson: null,
      phone: '0912345678',
      email: null,
      activeFrom: '2026-01-01',
      activeTo: null,
      targets: [1, 3, 5],
      version: 2,
    });
  });
});
