import { catalogue, catalogueEntry } from '../barriers/catalogue';
import type { BarrierGroup } from '../domain/barrier-terms';
import type { ReportBarrier, ReportData } from './report-data';
import type { ReportOptions } from './report-options';
import type { ReportWords } from './report-words';

export type ReportNames = {
  /** A member's name, or their role in its place when service-user representatives are not to be named. */
  person: (name: string) => string;
  barrier: (barrier: Pick<ReportBarrier, 'catalogueId' | 'name'>) => string;
  barrierById: (id: string) => string;
  /** A barrier known only by its stored name (an action's), in the report's language where the register knows it. */
  barrierByName: (name: string) => string;
  group: (group: BarrierGroup) => string;
};

/**
 * Names as the report prints them. Catalogue barriers are named in the report's language, whatever language
 * they were added in. When the committee chose not to name its service-user representatives, their names
 * are replaced everywhere, not only in the list of members, or an action's owner would give them away;
 * that covers former representatives too, who may still own an action.
 */
export function reportNames(data: ReportData, options: ReportOptions, words: ReportWords): ReportNames {
  const hidden = new Set(options.showUserRepNames ? [] : data.serviceUserRepNames);
  const barrier = (entry: Pick<ReportBarrier, 'catalogueId' | 'name'>) => (entry.catalogueId === null ? entry.name : (catalogueEntry(entry.catalogueId)?.name[words.language] ?? entry.name));
  const byId = new Map(data.barriers.register.map((entry) => [entry.id, barrier(entry)]));
  const byName = new Map(data.barriers.register.map((entry) => [entry.name, barrier(entry)]));
  const groups = new Map(catalogue().groups.map((group) => [group.id, group.name[words.language]]));
  return {
    person: (name) => (hidden.has(name) ? words.shared('roles.service_user_rep.neutral') : name),
    barrier,
    barrierById: (id) => byId.get(id) ?? words.noData,
    barrierByName: (name) => byName.get(name) ?? name,
    group: (group) => groups.get(group) ?? group,
  };
}
