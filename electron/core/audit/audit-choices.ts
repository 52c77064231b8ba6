import { addressForms } from '../domain/address-forms';
import { barrierLevels, barrierStatuses, barrierTrends, mitigationStatuses, severities } from '../domain/barrier-terms';
import { feedbackStatuses } from '../domain/feedback-terms';
import { reviewerKinds, scaleVersions } from '../domain/fidelity-terms';
import { languages } from '../domain/languages';
import { actionStatuses, agendaKinds, attendancePresences, decisionChangeKinds, decisionMethods, meetingKinds } from '../domain/meeting-terms';
import { memberRoles } from '../domain/member-roles';
import { reportSections } from '../domain/report-sections';

/**
 * Every column whose value is one of a fixed set, by the set it comes from: the screens show each value in
 * words, and so does the audit trail (the renderer knows the words; a test checks each value has them).
 */
export const auditChoices = {
  role: memberRoles,
  attendeeRole: [...memberRoles, 'guest'],
  addressForm: addressForms,
  language: languages,
  importKind: ['quarterly', 'targets'],
  targetScope: ['committee'],
  barrierStatus: barrierStatuses,
  barrierLevel: barrierLevels,
  trend: barrierTrends,
  severity: severities.map(String),
  mitigationStatus: mitigationStatuses,
  voteStatus: ['open', 'closed'],
  scaleVersion: scaleVersions,
  reviewerKind: reviewerKinds,
  meetingKind: meetingKinds,
  presence: attendancePresences,
  agendaKind: agendaKinds,
  decisionMethod: decisionMethods,
  changeKind: decisionChangeKinds,
  actionStatus: actionStatuses,
  contributorKind: ['member', 'group', 'anonymous'],
  feedbackStatus: feedbackStatuses,
  reportSection: reportSections,
} as const satisfies Record<string, readonly string[]>;

export type AuditChoice = keyof typeof auditChoices;
