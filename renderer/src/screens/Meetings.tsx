import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/api-client';
import { Tabs } from '../ui/Tabs';
import { useSectionData } from '../ui/use-section-data';
import { ActionsOverview } from './meetings/ActionsOverview';
import { DecisionsRegister } from './meetings/DecisionsRegister';
import { MeetingList } from './meetings/MeetingList';
import { SectionFrame } from '../ui/SectionFrame';

/** Meetings, the register of decisions and the overview of actions: the committee's memory. */
export function Meetings() {
  const { t } = useTranslation();
  const [tab, setTab] = useState('meetings');
  const load = useCallback(async () => {
    const [meetings, decisions] = await Promise.all([call('listMeetings', {}), call('listDecisions', {})]);
    return { meetings, decisions };
  }, []);
  const { loaded, error, notice, announce } = useSectionData(load);
  return (
    <SectionFrame title={t('nav.meetings')} notice={notice} error={error}>
      {loaded !== null && (
        <Tabs
          label={t('meetings.sectionParts')}
          selected={tab}
          onSelect={setTab}
          tabs={[
            { id: 'meetings', label: t('meetings.listTitle'), content: () => <MeetingList meetings={loaded.meetings} /> },
            { id: 'decisions', label: t('decisions.registerTitle'), content: () => <DecisionsRegister decisions={loaded.decisions} /> },
            { id: 'actions', label: t('actions.overviewTitle'), content: () => <ActionsOverview decisions={loaded.decisions} onChanged={announce} /> },
          ]}
        />
      )}
    </SectionFrame>
  );
}
