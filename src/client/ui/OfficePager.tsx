import { useI18n } from '../i18n';

/** Previous/next over a list the server pages by `offset` and `page`; hidden when one page holds all. */
export function OfficePager({
  offset,
  page,
  total,
  onOffset,
}: {
  offset: number;
  page: number;
  total: number;
  onOffset: (offset: number) => void;
}) {
  const { t } = useI18n();
  if (total <= page) return null;
  return (
    <div className="actions office-pager">
      <button
        type="button"
        className="secondary"
        disabled={offset === 0}
        onClick={() => onOffset(Math.max(0, offset - page))}
      >
        {t('ui.pager.prev')}
      </button>
      <span>
        {t('ui.pager.status', { from: offset + 1, to: Math.min(offset + page, total), total })}
      </span>
      <button
        type="button"
        className="secondary"
        disabled={offset + page >= total}
        onClick={() => onOffset(offset + page)}
      >
        {t('ui.pager.next')}
      </button>
    </div>
  );
}
