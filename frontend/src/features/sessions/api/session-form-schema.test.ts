import { vi as vietnamese } from '@/lib/i18n/vi';

import {
  emptySessionForm,
  toSessionRequest,
  validateSessionForm,
  type SessionFormValues,
  type SessionRuleContext,
} from './session-form-schema';

const today = '2026-11-29';
const meeting: SessionRuleContext = { today, needsReach: false };
const broadcast: SessionRuleContext = { today, needsReach: true };
const valid: SessionFormValues = {
  ...emptySessionForm(today, 4),
  topicIds: ['1'],
  formatId: '10',
  participantsMale: '18',
  participantsFemale: '27',
  ethnicMinorityParticipants: '40',
};

describe('session form rules', () => {
  it('accepts a complete session', () => {
    expect(validateSessionForm(valid, meeting, vietnamese)).toEqual({});
  });

  it('refuses more ethnic-minority participants than participants', () => {
    const errors = validateSessionForm({ ...valid, ethnicMinorityParticipants: '46' }, meeting, vietnamese);
    expect(errors.ethnicMinorityParticipants).toBe('Không được lớn hơn tổng số người tham dự (45)');
  });

  it('refuses a date after today', () => {
    expect(validateSessionForm({ ...valid, heldOn: '2026-11-30' }, meeting, vietnamese).heldOn).toBe(
      vietnamese.validation.dateInFuture,
    );
  });

  it('refuses a date outside the chosen campaign', () => {
    const errors = validateSessionForm(
      { ...valid, campaignId: '3', heldOn: '2026-11-10' },
      { ...meeting, campaign: { startDate: '2026-11-15', endDate: '2026-12-15' } },
      vietnamese,
    );
    expect(errors.heldOn).toBe('Ngày tổ chức phải nằm trong thời gian của chiến dịch (15/11/2026 – 15/12/2026)');
  });

  it.each(['-1', '1.5', 'mười', '100001'])('refuses the count %j', (count) => {
    expect(validateSessionForm({ ...valid, participantsMale: count }, meeting, vietnamese).participantsMale).toBe(
      vietnamese.validation.wholeNumber,
    );
  });

  it('needs a reach for a broadcast nobody attended in person, and people for a meeting', () => {
    const nobody = { ...valid, participantsMale: '', participantsFemale: '0', ethnicMinorityParticipants: '' };
    expect(validateSessionForm(nobody, broadcast, vietnamese).reach).toBe(vietnamese.validation.reachNeeded);
    expect(validateSessionForm({ ...nobody, reach: '1200' }, broadcast, vietnamese)).toEqual({});
    expect(validateSessionForm(nobody, meeting, vietnamese).participantsFemale).toBe(
      vietnamese.validation.participantsNeeded,
    );
  });

  it('needs at least one topic and a format', () => {
    const errors = validateSessionForm({ ...valid, topicIds: [], formatId: '' }, meeting, vietnamese);
    expect(errors.topicIds).toBe(vietnamese.validation.atLeastOne);
    expect(errors.formatId).toBe(vietnamese.validation.required);
  });

  it('builds the request: numbers from the text typed, blanks as 0 or null, reach only for broadcasts', () => {
    const values: SessionFormValues = {
      ...valid,
      topicIds: ['5', '1'],
      languageIds: ['21'],
      participantsMale: '',
      reach: '300',
      costVnd: '1500000',
      venue: '  Nhà văn hóa bản Nà Đon ',
      durationMinutes: '90',
    };
    expect(toSessionRequest(values, false, 3)).toEqual({
      unitId: 4,
      heldOn: today,
      durationMinutes: 90,
      campaignId: null,
      taskGroups: [],
      topicIds: [1, 5],
      formatId: 10,
      villageId: null,
      venue: 'Nhà văn hóa bản Nà Đon',
      languageIds: [21],
      audienceGroupIds: [],
      participantsMale: 0,
      participantsFemale: 27,
      ethnicMinorityParticipants: 40,
      reach: null,
      costVnd: 1500000,
      fundingSourceId: null,
      notes: null,
      version: 3,
    });
    expect(toSessionRequest(values, true).reach).toBe(300);
  });
});
