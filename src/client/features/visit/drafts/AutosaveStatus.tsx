import { useI18n } from '../../../i18n';
import { describeError } from '../describeError';
import type { AutosaveState } from './useAutosave';

export function AutosaveStatus({ state }: { state: AutosaveState }) {
  const { t, locale } = useI18n();
  const describe = describeError(t);
  let text: string;
  switch (state.status) {
    case 'idle':
      text = t('visit.autosave.idle');
      break;
    case 'saving':
      text = t('visit.autosave.saving');
      break;
    case 'saved':
      text = t('visit.autosave.saved', {
        time: state.at.toLocaleTimeString(locale === 'vi' ? 'vi-VN' : 'en-GB', {
          hour: '2-digit',
          minute: '2-digit',
        }),
      });
      break;
    case 'failed':
      text = t('visit.autosave.failed', { reason: describe(state.error) });
  }
  return (
    <p className={`vf-autosave vf-autosave-${state.status}`} role="status">
      {text}
    </p>
  );
}
