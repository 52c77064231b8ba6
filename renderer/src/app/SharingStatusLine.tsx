import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSharingStore } from '../state/sharing-store';

/** How often the top bar asks how sharing stands: often enough that "waiting" and "shared" follow an edit closely. */
const everyMs = 2000;

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
  return (
    <a className={warn ? 'topbar-link sharing-status sharing-status-warn' : 'topbar-link sharing-status'} href="#/settings/sharing" role="status" data-testid="sharing-status">
      {text}
    </a>
  );
}
