import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSharingStore } from '../state/sharing-store';

/** How often the top bar asks how sharing stands: often enough that "waiting" and "shared" follow an edit closely. */
const everyMs = 1000;

/**
 * The top bar's word on sharing: all changes shared, changes waiting while offline, records changed on two
 * devices, or why the server refused this device. Nothing while the committee is not shared.
 */
export function SharingStatusLine() {
  const { t } = useTranslation();
  const status = useSharingStore((state) => state.status);
  const refresh = useSharingStore((state) => state.refresh);
  useEffect(() => {
    void refresh().catch(() => undefined);
    const timer = setInterval(() => void refresh().catch(() => undefined), everyMs);
    return () => clearInterval(timer);
  }, [refresh]);
  if (status === null || !status.shared) return null;
  const text =
    status.conflicts > 0
      ? t('sharing.status.conflicts', { count: status.conflicts })
      : status.state === 'refused'
        ? t('sharing.status.refused')
        : status.state === 'failed'
          ? t('sharing.status.failed')
          : status.waiting > 0
            ? t(status.state === 'connected' ? 'sharing.status.sending' : 'sharing.status.waiting', { count: status.waiting })
            : status.state === 'connected'
              ? t('sharing.status.shared')
              : t(status.state === 'connecting' ? 'sharing.status.connecting' : 'sharing.status.offline');
  const warn = status.conflicts > 0 || status.state === 'refused' || status.state === 'failed';
  // A live region, so a screen reader hears "Offline" or "All changes shared" when it changes; the words
  // link to Settings → Sharing, where the details are.
  return (
    <span role="status" className={warn ? 'sharing-status sharing-status-warn' : 'sharing-status'}>
      <a className="topbar-link" href="#/settings/sharing" data-testid="sharing-status">
        {text}
      </a>
    </span>
  );
}
