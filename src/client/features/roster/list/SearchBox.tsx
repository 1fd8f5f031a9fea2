import { useId, type KeyboardEvent, type RefObject } from 'react';
import { useI18n } from '../../../i18n';

export interface SearchBoxProps {
  text: string;
  onText: (text: string) => void;
  inputRef: RefObject<HTMLInputElement | null>;
  /** Arrow-down moves into the list. */
  onEnterList: () => void;
}

const SEARCH_MAX = 200;

export function SearchBox({ text, onText, inputRef, onEnterList }: SearchBoxProps) {
  const { t } = useI18n();
  const id = useId();

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      onEnterList();
    } else if (e.key === 'Escape' && text !== '') {
      e.preventDefault();
      onText('');
    }
  }

  return (
    <div className="roster-search">
      <label htmlFor={`${id}-q`} className="visually-hidden">
        {t('roster.search.label')}
      </label>
      <svg
        className="roster-search-icon"
        aria-hidden="true"
        viewBox="0 0 20 20"
        width="22"
        height="22"
      >
        <circle cx="8.5" cy="8.5" r="6" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="M13 13l5 5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
      <input
        id={`${id}-q`}
        ref={inputRef}
        type="search"
        className="roster-search-input"
        value={text}
        maxLength={SEARCH_MAX}
        placeholder={t('roster.search.placeholder')}
        aria-describedby={`${id}-hint`}
        autoComplete="off"
        autoCorrect="off"
        spellCheck={false}
        enterKeyHint="search"
        onChange={(e) => onText(e.target.value)}
        onKeyDown={onKeyDown}
      />
      {text !== '' && (
        <button
          type="button"
          className="roster-search-clear"
          aria-label={t('roster.search.clear')}
          onClick={() => {
            onText('');
            inputRef.current?.focus();
          }}
        >
          <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
            <path
              d="M4 4l8 8M12 4l-8 8"
              stroke="currentColor"
              strokeWidth="2"
              strokeLinecap="round"
            />
          </svg>
        </button>
      )}
      <p id={`${id}-hint`} className="visually-hidden">
        {t('roster.search.hint')}
      </p>
    </div>
  );
}
