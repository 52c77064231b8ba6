import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceView } from '../../../electron/core/api/contract';
import { call } from '../api/api-client';
import { useWorkspaceStore } from '../state/workspace-store';
import { plainLanguage, setPlainLanguage } from '../i18n/i18n';
import { useAction } from '../ui/use-action';
import { ErrorMessage } from '../ui/ErrorMessage';
import { DatabaseFileActions } from './DatabaseFileActions';
import { MembersPanel } from './MembersPanel';
import { CommitteeFields, type CommitteeValues } from './CommitteeFields';
import { BackupsPanel } from './BackupsPanel';
import { RecentChanges } from './audit/RecentChanges';
import { LogFolderNote } from './LogFolderNote';
import { AboutCard } from './about/AboutCard';
import { SharingPanel } from './SharingPanel';

function CommitteeForm({ workspace }: { workspace: WorkspaceView }) {
  const { t } = useTranslation();
  const id = useId();
  const show = useWorkspaceStore((state) => state.show);
  const committee = workspace.committee;
  const [values, setValues] = useState<CommitteeValues>({ name: committee?.name ?? '', region: committee?.region ?? '', language: committee?.language ?? 'en', fidelityReviewMonths: committee?.fidelityReviewMonths ?? 12 });
  const [saved, setSaved] = useState(false);
  const save = useAction(async () => {
    setSaved(false);
    await show(await call('updateCommittee', values));
    setSaved(true);
  });

  return (
    <form className="card" aria-labelledby={`${id}-title`} onSubmit={(event) => { event.preventDefault(); void save.run(); }}>
      <h2 id={`${id}-title`}>{t('settings.committee')}</h2>
      <CommitteeFields value={values} onChange={setValues} />
      <button type="submit" disabled={save.busy}>
        {t('common.save')}
      </button>
      {saved && (
        <p className="message message-success" role="status">
          {t('common.saved')}
        </p>
      )}
      <ErrorMessage error={save.error} />
    </form>
  );
}

function ReadingSettings() {
  const { t } = useTranslation();
  const id = useId();
  const [plain, setPlain] = useState(plainLanguage());
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('settings.reading')}</h2>
      <label className="choice">
        <input
          type="checkbox"
          checked={plain}
          aria-describedby={`${id}-hint`}
          onChange={(event) => {
            setPlain(event.target.checked);
            void setPlainLanguage(event.target.checked);
          }}
        />
        {t('settings.plainLanguage')}
      </label>
      <p id={`${id}-hint`} className="hint">
        {t('settings.plainHint')} <a href="#/settings/glossary">{t('header.glossary')}</a>
      </p>
    </section>
  );
}

export function Settings({ workspace, focusSharing = false }: { workspace: WorkspaceView; focusSharing?: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section aria-labelledby="section-title">
      <h1 id="section-title">{t('nav.settings')}</h1>
      <ReadingSettings />
      <CommitteeForm key={workspace.path} workspace={workspace} />
      <MembersPanel />
      <SharingPanel focus={focusSharing} />
      <BackupsPanel workspace={workspace} />
      <RecentChanges />
      <section className="card" aria-labelledby={`${id}-db`}>
        <h2 id={`${id}-db`}>{t('database.title')}</h2>
        <p>{t('database.current')}</p>
        <p>
          <code className="path" data-testid="database-path">
            {workspace.path}
          </code>
        </p>
        <p className="hint">{t('database.explain')}</p>
        <DatabaseFileActions workspace={workspace} />
        <LogFolderNote workspace={workspace} />
      </section>
      <AboutCard />
    </section>
  );
}
