import { useI18n } from '../../i18n';
import { AutoLockSection } from './AutoLockSection';
import { BackupSection } from './BackupSection';
import { PendingSection } from './PendingSection';
import { StorageSection } from './StorageSection';
import { SyncSection } from './SyncSection';

export default function DevicePage() {
  const { t } = useI18n();
  return (
    <>
      <h1>{t('device.heading')}</h1>
      <PendingSection />
      <SyncSection />
      <StorageSection />
      <AutoLockSection />
      <BackupSection />
    </>
  );
}
