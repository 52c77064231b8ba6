import type Database from 'better-sqlite3';
import { fidelityScale } from '../fidelity/fidelity-scale';
import { saveReview } from '../fidelity/save-review';
import type { ScoreEntry } from '../fidelity/read-fidelity-scores';
import type { Language } from '../domain/languages';
import { clock } from '../domain/clock';
import { demoMoment } from './demo-moment';
import { demoMeetingDates } from './demo-meeting-dates';
import { localeContent } from '../locales/locale-content';

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function addMonths(isoDate: string, months: number): string {
  const [year = 2024, month = 1] = isoDate.split('-').map(Number);
  const index = year * 12 + month - 1 + months;
  return `${String(Math.floor(index / 12))}-${String((index % 12) + 1).padStart(2, '0')}-20`;
}

/**
 * A baseline review three months after each service started, a 12-month review a year later, and the yearly
 * round the demo's meetings arranged: fair fidelity at first, better a year on, with the weak spots the
 * sources report (benefits counselling, employer contact, integration with the clinical team) improving last.
 */
export function addDemoFidelity(db: Database.Database, services: readonly { id: string; startDate: string }[], language: Language, actor: string | null, today: string): void {
  // The yearly round the committee decided at its first meeting (decision 2025/01 in the demo): two services
  // reviewed before the second meeting, the third before the third, as that meeting's action review says.
  const [, second = today, third = today] = demoMeetingDates(today);
  const yearly = [addDays(second, -30), addDays(second, -10), addDays(third, -20)];
  const items = fidelityScale().items;
  const words = localeContent[language].demo.fidelity;
  const people = localeContent[language].demo.setting.members;
  const weak = new Set(['organisation-1', 'services-1', 'services-6', 'services-7', 'staffing-1']);
  services.forEach((service, serviceIndex) => {
    const baseline = addMonths(service.startDate, 3);
    const followUp = addMonths(service.startDate, 15);
    const rounds = [baseline, followUp, yearly[serviceIndex] ?? followUp];
    for (const [round, reviewDate] of rounds.entries()) {
      if (reviewDate > today || (round > 0 && reviewDate <= (rounds[round - 1] ?? ''))) continue;
      const scores: Record<string, ScoreEntry> = {};
      items.forEach((item, index) => {
        const base = weak.has(item.id) ? 2 : 3 + ((index + serviceIndex) % 3 === 0 ? 1 : 0);
        const score = Math.min(5, base + Math.min(round, 1) + (round >= 1 && (index + serviceIndex) % 4 === 0 ? 1 : 0) + (round === 2 && weak.has(item.id) ? 1 : 0));
        const note = weak.has(item.id) && round === 0 ? words.needsWork : '';
        scores[item.id] = { score, note };
      });
      clock.pinnedAt(demoMoment(reviewDate), () => saveReview(
        db,
        {
          serviceId: service.id,
          reviewDate,
          scaleVersion: 'us2008',
          reviewerKind: round === 0 ? 'external' : 'peer',
          reviewers: round === 0 ? `${words.externalReviewer}; ${people.coordinator.name}` : `${people.teamLeader.name}; ${people.provider.name}`,
          recommendations: round === 2 ? (words.yearlyAdvice[serviceIndex] ?? words.firstAdvice) : words.firstAdvice,
          scores,
        },
        actor,
      ));
    }
  });
}
