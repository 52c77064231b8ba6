import type Database from 'better-sqlite3';
import { fidelityScale } from '../fidelity/fidelity-scale';
import { saveReview } from '../fidelity/save-review';
import type { ScoreEntry } from '../fidelity/read-fidelity-scores';
import type { Language } from '../domain/languages';
import { clock } from '../domain/clock';
import { demoMoment } from './demo-moment';

function addMonths(isoDate: string, months: number): string {
  const [year = 2024, month = 1] = isoDate.split('-').map(Number);
  const index = year * 12 + month - 1 + months;
  return `${String(Math.floor(index / 12))}-${String((index % 12) + 1).padStart(2, '0')}-20`;
}

/**
 * A baseline review three months after each service started and a 12-month review a year later: fair
 * fidelity at first, better a year on, with the weak spots the sources report (benefits counselling,
 * employer contact, integration with the clinical team) improving last.
 */
export function addDemoFidelity(db: Database.Database, services: readonly { id: string; startDate: string }[], language: Language, actor: string | null, today: string): void {
  const items = fidelityScale().items;
  const weak = new Set(['organisation-1', 'services-1', 'services-6', 'services-7', 'staffing-1']);
  services.forEach((service, serviceIndex) => {
    const baseline = addMonths(service.startDate, 3);
    const followUp = addMonths(service.startDate, 15);
    for (const [round, reviewDate] of [baseline, followUp].entries()) {
      if (reviewDate > today) continue;
      const scores: Record<string, ScoreEntry> = {};
      items.forEach((item, index) => {
        const base = weak.has(item.id) ? 2 : 3 + ((index + serviceIndex) % 3 === 0 ? 1 : 0);
        const score = Math.min(5, base + round + (round === 1 && (index + serviceIndex) % 4 === 0 ? 1 : 0));
        const note = weak.has(item.id) && round === 0 ? (language === 'cs' ? 'Potřebuje zlepšení.' : 'Needs work.') : '';
        scores[item.id] = { score, note };
      });
      clock.pinnedAt(demoMoment(reviewDate), () => saveReview(
        db,
        {
          serviceId: service.id,
          reviewDate,
          scaleVersion: 'us2008',
          reviewerKind: round === 0 ? 'external' : 'peer',
          reviewers: round === 0 ? 'Anna Berg (IPS trainer, Norway); Petr Novák' : 'Tomáš Král; Hana Marková',
          recommendations:
            language === 'cs'
              ? 'Dohodnout se s týmem duševního zdraví na pravidelných poradách; zajistit školení v poradenství k dávkám; zvýšit počet kontaktů se zaměstnavateli.'
              : 'Agree regular meetings with the mental-health team; arrange training in benefits counselling; raise the number of employer contacts.',
          scores,
        },
        actor,
      ));
    }
  });
}
