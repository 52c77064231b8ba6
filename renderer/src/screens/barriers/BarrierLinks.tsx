import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/api-client';
import { useSectionData } from '../../ui/use-section-data';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { ActionForm } from '../meetings/ActionForm';
import { ActionsTable } from '../meetings/ActionsTable';
import { DecisionText } from '../meetings/DecisionText';

/** The actions set for a barrier and the decisions that concern it, with a way to add an action here. */
export function BarrierLinks({ barrierId }: { barrierId: string }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const load = useCallback(async () => {
    const [actions, decisions] = await Promise.all([call('listActions', { barrierId }), call('listDecisions', {})]);
    return { actions, decisions, linked: decisions.filter((decision) => decision.links.some((link) => link.kind === 'barrier' && link.ref === barrierId)) };
  }, [barrierId]);
  const { loaded, error, notice, announce } = useSectionData(load);
  if (loaded === null) return <ErrorMessage error={error} />;
  return (
    <>
      <p className="hint">{t('barriers.linksExplain')}</p>
      {loaded.actions.length === 0 && loaded.linked.length === 0 && <p>{t('barriers.noLinks')}</p>}
      {loaded.actions.length > 0 && <ActionsTable actions={loaded.actions} />}
      {loaded.linked.map((decision) => (
        <DecisionText key={decision.id} decision={decision} showMeeting />
      ))}
      <p role="status" className="status-line">
        {notice}
      </p>
      {adding ? (
        <ActionForm meetingId={null} agendaItemId={null} decisions={loaded.decisions} barrierId={barrierId} onSaved={(message) => { setAdding(false); announce(message); }} onCancel={() => setAdding(false)} />
      ) : (
        <button type="button" onClick={() => setAdding(true)}>
          {t('barriers.addAction')}
        </button>
      )}
    </>
  );
}
