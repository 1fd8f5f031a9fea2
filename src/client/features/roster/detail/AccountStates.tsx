import { formatVnDate } from '../../../../shared/dates';
import type { AccountView } from '../../../db/accountWork';
import { useI18n } from '../../../i18n';

/** Where the person's payment account stands, as providers recorded it (pulled by sync). */
export function AccountStates({ accounts }: { accounts: readonly AccountView[] }) {
  const { t } = useI18n();
  if (accounts.length === 0) return <p>{t('account.roster.none')}</p>;
  return (
    <ul className="account-states">
      {accounts.map((a) => (
        <li key={a.providerId}>
          <span className={`account-badge account-${a.state}`}>
            {t(`account.state.${a.state}`)}
          </span>{' '}
          {t('account.roster.provider', { provider: a.providerId })}
          <ul>
            {a.openedOn && (
              <li>
                {a.accountNumberTail
                  ? t('account.openedWithNumber', {
                      date: formatVnDate(a.openedOn),
                      tail: a.accountNumberTail,
                    })
                  : t('account.opened', { date: formatVnDate(a.openedOn) })}
              </li>
            )}
            {a.cardIssuedOn && (
              <li>{t('account.cardIssued', { date: formatVnDate(a.cardIssuedOn) })}</li>
            )}
            {a.safeUseShownOn && (
              <li>{t('account.safeUseShown', { date: formatVnDate(a.safeUseShownOn) })}</li>
            )}
          </ul>
        </li>
      ))}
    </ul>
  );
}
