import { useTranslation } from 'react-i18next';
import type { Action } from '../../../../electron/core/meetings/meeting-types';
import { formatDate } from '../../format/format';
import { ActionStatusText } from './ActionStatusText';
import { TableBox } from '../../ui/TableBox';
import { RecordText } from '../../ui/RecordText';

/** Actions with owner, due date and status; overdue rows are marked in words and by a side bar. */
export function ActionsTable({ actions, onEdit }: { actions: Action[]; onEdit?: (action: Action) => void }) {
  const { t } = useTranslation();
  return (
    <TableBox label={t('meetings.actionsTab')}>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('actions.what')}</th>
            <th scope="col">{t('actions.owner')}</th>
            <th scope="col">{t('actions.due')}</th>
            <th scope="col">{t('actions.status')}</th>
            <th scope="col">{t('actions.serves')}</th>
            {onEdit !== undefined && <th scope="col">{t('common.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {actions.map((action) => (
            <tr key={action.id} className={action.overdue ? 'action-overdue' : undefined}>
              <th scope="row">
                <RecordText text={action.title} />
              </th>
              <td>{action.ownerName}</td>
              <td>{formatDate(action.dueDate)}</td>
              <td>
                <ActionStatusText action={action} />
              </td>
              <td>
                {action.decisionLabel !== null && t('decisions.numbered', { label: action.decisionLabel })}
                {action.decisionLabel !== null && action.barrierName !== null && ' · '}
                {action.barrierName !== null && <RecordText text={action.barrierName} />}
              </td>
              {onEdit !== undefined && (
                <td>
                  <button type="button" className="link-button" onClick={() => onEdit(action)}>
                    {t('actions.editNamed', { title: action.title })}
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableBox>
  );
}
