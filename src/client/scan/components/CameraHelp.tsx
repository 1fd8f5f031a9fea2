import { useI18n } from '../../i18n';
import { Notice } from '../../ui';
import type { CameraStatus } from '../camera/cameraSession';

const HELP = {
  denied: ['scan.help.denied.title', 'scan.help.denied.body'],
  'no-camera': ['scan.help.noCamera.title', 'scan.help.noCamera.body'],
  busy: ['scan.help.busy.title', 'scan.help.busy.body'],
  unsupported: ['scan.help.unsupported.title', 'scan.help.unsupported.body'],
  error: ['scan.help.error.title', 'scan.help.error.body'],
} as const;

/** What to do when the camera cannot be used, in plain Vietnamese, with a way to try again. */
export function CameraHelp({ status, onRetry }: { status: CameraStatus; onRetry: () => void }) {
  const { t } = useI18n();
  if (!(status in HELP)) return null;
  const [title, body] = HELP[status as keyof typeof HELP];
  const canRetry = status === 'denied' || status === 'busy' || status === 'error';
  return (
    <div role="alert" className="scan-help">
      <Notice tone="warn" title={t(title)}>
        <p>{t(body)}</p>
        {canRetry && (
          <button type="button" className="secondary" onClick={onRetry}>
            {t('scan.camera.retry')}
          </button>
        )}
      </Notice>
    </div>
  );
}
