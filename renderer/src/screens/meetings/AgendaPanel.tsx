import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem, MeetingDetails } from '../../../../electron/core/meetings/meeting-types';
import { call } from '../../api/api-client';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { useAction } from '../../ui/use-action';

function AgendaNotes({ item, onSaved }: { item: AgendaItem; onSaved: (message: string) => void }) {
  const { t } = useTranslation();
  const [notes, setNotes] = useState(item.notes);
  const save = useAction(async () => {
    await call('updateAgendaItem', { id: item.id, title: item.title, notes });
    onSaved(t('meetings.notesSaved', { title: item.title }));
  });
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void save.run();
      }}
    >
      <TextAreaField label={t('meetings.notesOf', { title: item.title })} value={notes} onChange={setNotes} rows={3} />
      <button type="submit" disabled={save.busy || notes === item.notes}>
        {t('meetings.saveNotes')}
      </button>
      <ErrorMessage error={save.error} />
    </form>
  );
}

/** The agenda in order: the coordinator moves items, adds their own and drops (or brings back) any. */
export function AgendaPanel({ meeting, onChanged }: { meeting: MeetingDetails; onChanged: (message: string) => void }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const change = useAction(async (run: () => Promise<unknown>, message: string) => {
    await run();
    onChanged(message);
  });
  const active = meeting.agenda.filter((item) => !item.dropped);
  return (
    <section className="card" aria-labelledby="agenda-title">
      <h2 id="agenda-title">{t('meetings.agendaTitle')}</h2>
      {meeting.agenda.length === 0 && <p>{t('meetings.agendaEmpty')}</p>}
      <ol className="agenda-list">
        {meeting.agenda.map((item) => {
          const index = active.indexOf(item);
          return (
            <li key={item.id} className={item.dropped ? 'agenda-item dropped' : 'agenda-item'}>
              <div className="agenda-head">
                <strong>{item.title}</strong>
                {item.dropped && <span className="badge">{t('meetings.dropped')}</span>}
                {item.kind !== 'other' && <span className="hint"> · {t(`meetings.kinds.${item.kind}`)}</span>}
                <span className="button-row">
                  {!item.dropped && (
                    <>
                      <button type="button" disabled={index <= 0} aria-label={t('meetings.moveUp', { title: item.title })} onClick={() => void change.run(() => call('moveAgendaItem', { id: item.id, direction: 'up' }), t('meetings.moved'))}>
                        ↑
                      </button>
                      <button type="button" disabled={index === active.length - 1} aria-label={t('meetings.moveDown', { title: item.title })} onClick={() => void change.run(() => call('moveAgendaItem', { id: item.id, direction: 'down' }), t('meetings.moved'))}>
                        ↓
                      </button>
                    </>
                  )}
                  <button type="button" onClick={() => void change.run(() => call('dropAgendaItem', { id: item.id, dropped: !item.dropped }), t(item.dropped ? 'meetings.restored' : 'meetings.droppedNotice', { title: item.title }))}>
                    {item.dropped ? t('meetings.restore', { title: item.title }) : t('meetings.drop', { title: item.title })}
                  </button>
                </span>
              </div>
              {!item.dropped && <AgendaNotes item={item} onSaved={onChanged} />}
            </li>
          );
        })}
      </ol>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (title.trim() === '') return;
          void change.run(() => call('addAgendaItem', { meetingId: meeting.id, title }), t('meetings.itemAdded', { title })).then((ok) => ok && setTitle(''));
        }}
      >
        <TextField label={t('meetings.newItem')} value={title} onChange={setTitle} />
        <button type="submit" disabled={change.busy}>
          {t('meetings.addItem')}
        </button>
      </form>
      <ErrorMessage error={change.error} />
    </section>
  );
}
