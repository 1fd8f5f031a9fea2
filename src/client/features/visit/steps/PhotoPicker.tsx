import { useRef, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { LIMITS } from '../../../../shared/schemas';
import { useI18n } from '../../../i18n';
import { FieldError, fieldId, hintIdOf } from '../../../ui';
import { useFiles } from '../files/VisitFilesContext';
import type { VisitFormValues } from '../model/formValues';
import { useFieldError } from './useFieldError';

const kb = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024))} KB`;

/**
 * Photos of the authorisation paper: the tablet's camera (capture) or a file. Each is shrunk and
 * stored on the device as soon as it is taken; the form keeps only its attachment id.
 */
export function PhotoPicker() {
  const { t } = useI18n();
  const files = useFiles();
  const { control, setValue, getValues } = useFormContext<VisitFormValues>();
  const error = useFieldError();
  const ids = useWatch({ control, name: 'representative.documentIds' });
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const id = fieldId('representative.documentIds');
  const full = ids.length >= LIMITS.documentsPerPersonMax;

  async function add(list: FileList | null) {
    if (!list || list.length === 0) return;
    setBusy(true);
    setFailed(null);
    for (const file of Array.from(list)) {
      if (getValues('representative.documentIds').length >= LIMITS.documentsPerPersonMax) break;
      try {
        const added = await files.addPhoto(file);
        const current = getValues('representative.documentIds');
        setValue('representative.documentIds', [...current, added], { shouldDirty: true });
      } catch {
        setFailed(t('visit.photos.failed', { file: file.name }));
      }
    }
    setBusy(false);
    if (input.current) input.current.value = '';
  }

  function remove(removed: string) {
    const current = getValues('representative.documentIds');
    setValue(
      'representative.documentIds',
      current.filter((x) => x !== removed),
      { shouldDirty: true },
    );
  }

  return (
    <div className="field vf-photo-picker" id={id} tabIndex={-1}>
      <p className="field-label" id={`${id}-label`}>
        {t('visit.photos.label')} <span className="field-optional">{t('ui.optional')}</span>
      </p>
      <p className="field-hint" id={hintIdOf(id)}>
        {t('visit.photos.hint')}
      </p>
      {ids.length === 0 ? (
        <p className="vf-photo-none">{t('visit.photos.none')}</p>
      ) : (
        <ul className="vf-photo-list">
          {ids.map((photoId, i) => {
            const file = files.get(photoId);
            return (
              <li key={photoId} className="vf-photo-item">
                {file?.url ? (
                  <img src={file.url} alt="" className="vf-photo-thumb" />
                ) : (
                  <span className="vf-photo-thumb" />
                )}
                <span className="vf-photo-caption">
                  {t('visit.photos.item', { n: i + 1, size: file ? kb(file.meta.size) : '…' })}
                </span>
                <button type="button" className="secondary" onClick={() => remove(photoId)}>
                  {t('visit.photos.remove', { n: i + 1 })}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <label className={`button secondary vf-photo-add${full || busy ? ' vf-is-disabled' : ''}`}>
        <input
          ref={input}
          type="file"
          accept="image/*"
          capture="environment"
          multiple
          className="visually-hidden"
          disabled={full || busy}
          aria-describedby={hintIdOf(id)}
          onChange={(e) => void add(e.target.files)}
        />
        {busy ? t('visit.photos.processing') : t('visit.photos.add')}
      </label>
      <p className="field-hint" aria-live="polite">
        {full ? t('visit.photos.tooMany', { max: LIMITS.documentsPerPersonMax }) : ''}
      </p>
      <FieldError id={id} message={failed ?? error('representative.documentIds')} />
    </div>
  );
}
