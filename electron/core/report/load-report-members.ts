import type Database from 'better-sqlite3';
import { listMembers } from '../committee/list-members';
import { memberRoles } from '../domain/member-roles';
import type { ReportMember, ReportPeriod } from './report-data';

/** Everyone who sat on the committee at some time in the period, chair first and observers last. */
export function loadReportMembers(db: Database.Database, period: ReportPeriod): ReportMember[] {
  const order = new Map(memberRoles.map((role, index) => [role, index]));
  return listMembers(db)
    .filter((member) => member.activeFrom <= period.to && (member.activeTo === null || member.activeTo >= period.from))
    .sort((a, b) => (order.get(a.role) ?? 0) - (order.get(b.role) ?? 0) || a.name.localeCompare(b.name))
    .map((member) => ({
      name: member.name,
      organisation: member.organisation,
      role: member.role,
      addressForm: member.addressForm,
      isServiceUserRep: member.role === 'service_user_rep',
      activeFrom: member.activeFrom,
      activeTo: member.activeTo,
    }));
}
