import { useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { findBankByBin, searchBanks } from '../../../../shared/banks';
import { useI18n } from '../../../i18n';
import { describedBy, FieldError, fieldId, hintIdOf } from '../../../ui';
import type { VisitFormValues } from '../model/formValues';
import { useFieldError } from './useFieldError';

/**
 * Choose a bank from the maintained list: a search box (accent-insensitive, by name, short name,
 * code or BIN) over a list of radio buttons, which folds away once a bank is chosen.
 */
export function BankPicker() {
  const { t } = useI18n();
  const { register, control } = useFormContext<VisitFormValues>();
  const error = useFieldError();
  const bin = useWatch({ control, name: 'payment.bankBin' });
  const chosen = findBankByBin(bin);
  const [query, setQuery] = useState('');
  const [browsing, setBrowsing] = useState(!chosen);
  const id = fieldId('payment.bankBin');
  const searchId = `${id}-search`;
  const banks = searchBanks(query);
  const message = error('payment.bankBin');

  if (chosen && !browsing) {
    return (
      <div className="field" id={id} tabIndex={-1}>
        <p className="field-label">{t('visit.bank.label')}</p>
        <div className="vf-bank-chosen">
          <span>
            <strong>{chosen.shortName}</strong>
            <span className="vf-bank-name">{chosen.name}</span>
          </span>
          <button type="button" className="secondary" onClick={() => setBrowsing(true)}>
            {t('visit.bank.change')}
          </button>
        </div>
      </div>
    );
  }

  return (
    <fieldset
      className={`field vf-bank-picker${message ? ' field-invalid' : ''}`}
      id={id}
      tabIndex={-1}
      aria-describedby={describedBy(id, false, Boolean(message))}
    >
      <legend className="field-label">{t('visit.bank.label')}</legend>
      <label htmlFor={searchId} className="field-sublabel">
        {t('visit.bank.search')}
      </label>
      <p id={hintIdOf(searchId)} className="field-hint">
        {t('visit.bank.search.hint')}
      </p>
      <input
        id={searchId}
        className="field-input"
        type="search"
        autoComplete="off"
        maxLength={100}
        value={query}
        aria-describedby={`${hintIdOf(searchId)} ${searchId}-count`}
        aria-controls={`${id}-list`}
        onChange={(e) => setQuery(e.target.value)}
      />
      <p id={`${searchId}-count`} className="field-hint vf-bank-count" aria-live="polite">
        {banks.length === 0
          ? t('visit.bank.noResults')
          : t('visit.bank.results', { count: banks.length })}
      </p>
      <div className="vf-bank-list" id={`${id}-list`}>
        {banks.map((bank) => (
          <label
            key={bank.bin}
            className="choice-tile vf-bank-option"
            htmlFor={`${id}-${bank.bin}`}
          >
            <input
              id={`${id}-${bank.bin}`}
              type="radio"
              value={bank.bin}
              aria-labelledby={`${id}-${bank.bin}-label`}
              aria-describedby={`${id}-${bank.bin}-hint`}
              {...register('payment.bankBin', { onChange: () => setBrowsing(false) })}
            />
            <span className="choice-text">
              <span className="choice-label" id={`${id}-${bank.bin}-label`}>
                {bank.shortName}
              </span>
              <span className="choice-hint" id={`${id}-${bank.bin}-hint`}>
                {bank.name}
              </span>
            </span>
          </label>
        ))}
      </div>
      <FieldError id={id} message={message} />
    </fieldset>
  );
}
