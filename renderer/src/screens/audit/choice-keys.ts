import type { auditChoices, AuditChoice } from '../../../../electron/core/audit/audit-choices';
import { addressForms } from '../../../../electron/core/domain/address-forms';
import { barrierLevels, barrierStatuses, barrierTrends, mitigationStatuses, severities } from '../../../../electron/core/domain/barrier-terms';
import { feedbackStatuses } from '../../../../electron/core/domain/feedback-terms';
import { reviewerKinds, scaleVersions } from '../../../../electron/core/domain/fidelity-terms';
import { languages } from '../../../../electron/core/domain/languages';
import { actionStatuses, agendaKinds, attendancePresences, decisionChangeKinds, decisionMethods, meetingKinds } from '../../../../electron/core/domain/meeting-terms';
import { memberRoles } from '../../../../electron/core/domain/member-roles';
import { reportSections } from '../../../../electron/core/domain/report-sections';

type ChoiceKeys = { [C in AuditChoice]: { values: (typeof auditChoices)[C]; key: (value: string) => string } };

/**
 * The words for each value of a fixed set, the same the screens use for it (a status as the feedback list
 * shows it, a role as the members list does). The values are typed as the core's, so the two cannot drift.
 */
export const choiceKeys: ChoiceKeys = {
  role: { values: memberRoles, key: (value) => `roles.${value}` },
  attendeeRole: { values: [...memberRoles, 'guest'], key: (value) => (value === 'guest' ? 'audit.values.guest' : `roles.${value}`) },
  addressForm: { values: addressForms, key: (value) => `members.addressForms.${value}` },
  language: { values: languages, key: (value) => `languages.${value}` },
  importKind: { values: ['quarterly', 'targets'], key: (value) => `import.kind.${value}` },
  targetScope: { values: ['committee'], key: () => 'import.wholeCommittee' },
  barrierStatus: { values: barrierStatuses, key: (value) => `barrierStatus.${value}` },
  barrierLevel: { values: barrierLevels, key: (value) => `levels.${value}` },
  trend: { values: barrierTrends, key: (value) => `trends.${value}` },
  severity: { values: severities.map(String), key: (value) => `severity.${value}` },
  mitigationStatus: { values: mitigationStatuses, key: (value) => `mitigationStatus.${value}` },
  voteStatus: { values: ['open', 'closed'], key: (value) => `voting.${value}` },
  scaleVersion: { values: scaleVersions, key: (value) => `fidelity.versions.${value}` },
  reviewerKind: { values: reviewerKinds, key: (value) => `fidelity.reviewerKinds.${value}` },
  meetingKind: { values: meetingKinds, key: (value) => `meetings.kindNames.${value}` },
  presence: { values: attendancePresences, key: (value) => `meetings.presence.${value}` },
  agendaKind: { values: agendaKinds, key: (value) => (value === 'other' ? 'audit.values.otherAgendaItem' : `meetings.kinds.${value}`) },
  decisionMethod: { values: decisionMethods, key: (value) => `decisions.methods.${value}` },
  changeKind: { values: decisionChangeKinds, key: (value) => `audit.values.changeKind.${value}` },
  actionStatus: { values: actionStatuses, key: (value) => `actionStatus.${value}` },
  contributorKind: { values: ['member', 'group', 'anonymous'], key: (value) => `audit.values.contributorKind.${value}` },
  feedbackStatus: { values: feedbackStatuses, key: (value) => `feedbackStatus.${value}` },
  reportSection: { values: reportSections, key: (value) => `reports.sections.${value}` },
};
