import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n';

export interface StepInfo {
  id: string;
  label: string;
}

export interface StepHeaderProps {
  steps: readonly StepInfo[];
  currentId: string;
  /** Lets the user jump back to a step already passed. */
  onSelect?: (id: string) => void;
  /** Line under the title, e.g. who is being visited. */
  subtitle?: string;
}

/**
 * Progress through a multi-step form and the current step's heading. The heading takes focus
 * whenever the step changes, so keyboard and screen-reader users start reading at the new step.
 */
export function StepHeader({ steps, currentId, onSelect, subtitle }: StepHeaderProps) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  const index = Math.max(
    0,
    steps.findIndex((s) => s.id === currentId),
  );
  const current = steps[index];

  useEffect(() => {
    heading.current?.focus();
  }, [currentId]);

  return (
    <header className="step-header">
      <ol
        className="step-list"
        aria-label={t('ui.step.progress', { current: index + 1, total: steps.length })}
      >
        {steps.map((step, i) => {
          const state = i < index ? 'done' : i === index ? 'current' : 'todo';
          const content = (
            <>
              <span className="step-dot" aria-hidden="true">
                {i + 1}
              </span>
              <span className="step-name">{step.label}</span>
              {state !== 'todo' && (
                <span className="visually-hidden">
                  {' '}
                  ({state === 'done' ? t('ui.step.done') : t('ui.step.current')})
                </span>
              )}
            </>
          );
          return (
            <li
              key={step.id}
              className={`step-item step-${state}`}
              aria-current={state === 'current' ? 'step' : undefined}
            >
              {state === 'done' && onSelect ? (
                <button
                  type="button"
                  className="step-link"
                  title={step.label}
                  onClick={() => onSelect(step.id)}
                >
                  {content}
                </button>
              ) : (
                <span className="step-link" title={step.label}>
                  {content}
                </span>
              )}
            </li>
          );
        })}
      </ol>
      <p className="step-progress" aria-hidden="true">
        {t('ui.step.progress', { current: index + 1, total: steps.length })}
      </p>
      <h2 className="step-title" ref={heading} tabIndex={-1}>
        {current?.label}
      </h2>
      {subtitle && <p className="step-subtitle">{subtitle}</p>}
    </header>
  );
}
