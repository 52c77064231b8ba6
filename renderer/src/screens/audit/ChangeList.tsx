import type { ChangeEntry } from '../../../../electron/core/audit/described-change';
import { dayHeading, localDay } from './audit-format';
import { ChangeEntryView } from './ChangeEntryView';
import './audit.css';

function byDay(entries: readonly ChangeEntry[]): { day: string; entries: ChangeEntry[] }[] {
  const days: { day: string; entries: ChangeEntry[] }[] = [];
  for (const entry of entries) {
    const day = localDay(entry.at);
    const last = days.at(-1);
    if (last?.day === day) last.entries.push(entry);
    else days.push({ day, entries: [entry] });
  }
  return days;
}

/** Changes told in words, newest first, under a heading for each day. */
export function ChangeList({ entries, showRecord, headingLevel = 'h3' }: { entries: readonly ChangeEntry[]; showRecord: boolean; headingLevel?: 'h3' | 'h4' }) {
  const Heading = headingLevel;
  return (
    <div className="audit-days">
      {byDay(entries).map(({ day, entries: ofDay }) => (
        <section key={`${day}-${ofDay[0]?.key ?? ''}`} className="audit-day">
          <Heading>{dayHeading(day)}</Heading>
          <ol className="audit-entries">
            {ofDay.map((entry) => (
              <ChangeEntryView key={entry.key} entry={entry} showRecord={showRecord} />
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
