import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { describedBy, hintIdOf } from './fieldId';
import { FieldError } from './FieldMessage';
import { useI18n } from '../i18n';

export interface ChoiceOption {
  value: string;
  label: string;
  hint?: string;
}

/** What a form library hands each input (react-hook-form's register() has this shape). */
export type ChoiceInputProps = Pick<
  InputHTMLAttributes<HTMLInputElement>,
  'name' | 'onChange' | 'onBlur' | 'disabled'
> & { ref?: Ref<HTMLInputElement> };

export interface ChoiceGroupProps {
  /** Id of the fieldset; error-summary links point here. */
  id: string;
  legend: ReactNode;
  options: readonly ChoiceOption[];
  input: ChoiceInputProps;
  /** Radio (one answer) or checkbox (several answers) tiles. */
  type?: 'radio' | 'checkbox';
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
  /** Tiles per row on wide screens; they stack on narrow ones. */
  columns?: 1 | 2 | 3;
  /** Smaller legend for a question inside a section. */
  compact?: boolean;
}

/** A question with large tappable answers: a fieldset, its legend, one tile per option. */
export function ChoiceGroup({
  id,
  legend,
  options,
  input,
  type = 'radio',
  hint,
  error,
  optional,
  columns = 1,
  compact,
}: ChoiceGroupProps) {
  const { t } = useI18n();
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      className={`field choice-group${compact ? ' choice-group-compact' : ''}${error ? ' field-invalid' : ''}`}
      aria-describedby={describedBy(id, Boolean(hint), Boolean(error))}
      aria-invalid={error ? true : undefined}
    >
      <legend className="field-label">
        {legend}
        {optional && <span className="field-optional"> {t('ui.optional')}</span>}
      </legend>
      {hint && (
        <p id={hintIdOf(id)} className="field-hint">
          {hint}
        </p>
      )}
      <div className={`choice-tiles choice-cols-${columns}`}>
        {options.map((option) => {
          const optionId = `${id}-${option.value}`;
          return (
            <label key={option.value} htmlFor={optionId} className="choice-tile">
              {/* Named by its label alone; the hint is its description. */}
              <input
                id={optionId}
                type={type}
                value={option.value}
                aria-labelledby={`${optionId}-label`}
                aria-describedby={option.hint ? `${optionId}-hint` : undefined}
                {...input}
              />
              <span className="choice-text">
                <span className="choice-label" id={`${optionId}-label`}>
                  {option.label}
                </span>
                {option.hint && (
                  <span className="choice-hint" id={`${optionId}-hint`}>
                    {option.hint}
                  </span>
                )}
              </span>
            </label>
          );
        })}
      </div>
      <FieldError id={id} message={error} />
    </fieldset>
  );
}
