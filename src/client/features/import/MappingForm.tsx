import type { FormEvent } from 'react';
import { IMPORT_FIELDS, REQUIRED_FIELDS, type ColumnMapping } from '../../../shared/roster';
import type { AdminUnit } from '../../../shared/schemas';
import { useI18n } from '../../i18n';
import { SelectField } from '../../ui';
import { columnLetter, fieldLabelKey, missingFields } from './columns';
import type { OpenedFile } from './parse/protocol';

export interface MappingFormProps {
  file: OpenedFile & { name: string };
  mapping: ColumnMapping;
  defaultCommune: string | null;
  communes: readonly AdminUnit[];
  onChange: (mapping: ColumnMapping, defaultCommune: string | null) => void;
  onSubmit: () => void;
  onStartOver: () => void;
}

/** One native select per field: which column holds it. */
export function MappingForm({
  file,
  mapping,
  defaultCommune,
  communes,
  onChange,
  onSubmit,
  onStartOver,
}: MappingFormProps) {
  const { t } = useI18n();
  const columns = file.headers.map((header, i) => ({
    value: String(i),
    label: t('rosterImport.column', { letter: columnLetter(i), header: header.trim() || '…' }),
  }));
  const missing = missingFields(mapping, defaultCommune);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (missing.length === 0) onSubmit();
  };
  return (
    <form
      className="card import-mapping"
      onSubmit={submit}
      aria-labelledby="mapping-heading"
      noValidate
    >
      <h2 id="mapping-heading">{t('rosterImport.mappingHeading')}</h2>
      <p>
        {t('rosterImport.fileSummary', {
          file: file.name,
          rows: file.dataRows,
          header: file.headerRow + 1,
        })}
      </p>
      <p>{t('rosterImport.mappingIntro')}</p>
      <div className="import-fields">
        {IMPORT_FIELDS.map((field) => (
          <SelectField
            key={field}
            id={`map-${field}`}
            label={t(fieldLabelKey(field))}
            optional={!REQUIRED_FIELDS.includes(field)}
            options={columns}
            placeholder={t('rosterImport.noColumn')}
            value={mapping[field] === null ? '' : String(mapping[field])}
            onChange={(e) =>
              onChange(
                { ...mapping, [field]: e.target.value === '' ? null : Number(e.target.value) },
                defaultCommune,
              )
            }
          />
        ))}
        {mapping.commune === null && (
          <SelectField
            id="map-default-commune"
            label={t('rosterImport.defaultCommune')}
            hint={t('rosterImport.defaultCommuneHint')}
            options={communes.map((u) => ({ value: u.code, label: `${u.name} (${u.code})` }))}
            placeholder={t('rosterImport.chooseCommune')}
            value={defaultCommune ?? ''}
            onChange={(e) => onChange(mapping, e.target.value === '' ? null : e.target.value)}
          />
        )}
      </div>
      <div className="import-preview">
        <table>
          <caption>{t('rosterImport.preview')}</caption>
          <thead>
            <tr>
              {file.headers.map((h, i) => (
                <th key={i} scope="col">
                  {columnLetter(i)}: {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {file.sample.map((row, r) => (
              <tr key={r}>
                {file.headers.map((_, i) => (
                  <td key={i}>{row[i] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {missing.length > 0 && (
        <p className="text-danger" role="alert">
          {t('rosterImport.missing', {
            fields: missing.map((f) => t(fieldLabelKey(f))).join(', '),
          })}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={missing.length > 0}>
          {t('rosterImport.check')}
        </button>
        <button type="button" className="secondary" onClick={onStartOver}>
          {t('rosterImport.startOver')}
        </button>
      </div>
    </form>
  );
}
