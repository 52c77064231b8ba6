import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentMember } from '../state/use-current-member';
import { Tabs } from '../ui/Tabs';
import { FeedbackSteps } from './feedback/FeedbackSteps';
import { PaperForm } from './feedback/PaperForm';
import { YouSaidWeDid } from './feedback/YouSaidWeDid';
import { SectionFrame } from '../ui/SectionFrame';

/** Service users' voice: giving feedback, the committee's answers, and the paper form. */
export function Feedback() {
  const { t } = useTranslation();
  const me = useCurrentMember();
  // A representative comes here to say something; the others mostly to see what waits for an answer.
  const [tab, setTab] = useState(me?.role === 'service_user_rep' ? 'give' : 'list');
  const [notice, setNotice] = useState('');
  return (
    <SectionFrame title={t('nav.feedback')} notice={notice}>
      <Tabs
        label={t('feedback.parts')}
        selected={tab}
        onSelect={(next) => {
          setNotice('');
          setTab(next);
        }}
        tabs={[
          { id: 'give', label: t('feedback.giveTitle'), content: () => <FeedbackSteps mode="own" onSaved={setNotice} /> },
          { id: 'list', label: t('feedback.listTitle'), content: () => <YouSaidWeDid /> },
          { id: 'paper', label: t('feedback.paperTab'), content: () => <PaperForm onSaved={setNotice} /> },
        ]}
      />
    </SectionFrame>
  );
}
