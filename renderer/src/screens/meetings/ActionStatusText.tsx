import { useTranslation } from 'react-i18next';
import type { Action } from '../../../../electron/core/meetings/meeting-types';

/** The status in words, and "overdue" in words too: never by colour alone. */
export function ActionStatusText({ action }: { action: Pick<Action, 'status' | 'overdue' | 'dropReason'> }) {
  const { t } = useTranslation();
  return (
    <>
      <span className={`status action-${action.status}`}>{t(`actionStatus.${action.status}`)}</span>
      {action.overdue && <span className="badge badge-overdue">{t('actions.overdue')}</span>}
      {action.status === 'dropped' && action.dropReason !== '' && <span className="hint"> – {action.dropReason}</span>}
    </>
  );
}
