import type { Member } from '../../../electron/core/committee/committee-types';
import { todayIso } from '../format/format';

export function isActiveMember(member: Member): boolean {
  const today = todayIso();
  return member.activeFrom <= today && (member.activeTo === null || member.activeTo >= today);
}
