import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n';

export interface SummaryItem {
  /** DOM id of the control (or fieldset) the message is about. */
  targetId: string;
  text: string;
  /** Instead of focusing the target (e.g. it is on another step): do this. */
  onSelect?: () => void;
}

/** Moves focus to the first control inside (or onto) the element with this id. */
export function focusField(targetId: string): void {
  const target = document.getElementById(targetId);
  if (!target) return;
  const control = target.matches('input, select, textarea, button')
    ? target
    : target.querySelector<HTMLElement>('input:not([type=hidden]), select, textarea, button');
  (control ?? target).focus();
  target.scrollIntoView?.({ block: 'center' });
}

/**
 * The list of what must be fixed, shown above a step after a failed attempt to continue. It takes
 * focus each time `attempt` changes so the user hears how many problems there are; each line
 * links to its field.
 */
export function ErrorSummary({
  items,
  attempt,
}: {
  items: readonly SummaryItem[];
  attempt: number;
}) {
  const { t } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  const visible = items.length > 0;

  useEffect(() => {
    if (visible && attempt > 0) box.current?.focus();
  }, [attempt, visible]);

  if (!visible) return null;
  return (
    <div
      className="error-summary"
      ref={box}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
    >
      <h3 id="error-summary-title" className="error-summary-title">
        {items.length === 1
          ? t('ui.errorSummary.titleOne')
          : t('ui.errorSummary.title', { count: items.length })}
      </h3>
      <ul>
        {items.map((item) => (
          <li key={`${item.targetId}:${item.text}`}>
            <a
              href={`#${item.targetId}`}
              onClick={(event) => {
                event.preventDefault();
                if (item.onSelect) item.onSelect();
                else focusField(item.targetId);
              }}
            >
              {item.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
