import { useState } from 'react';
import { findBankByBin } from '../../../shared/banks';
import { formatVnDate } from '../../../shared/dates';
import type { AccountStep } from '../../../shared/schemas';
import { WALLET_PROVIDERS } from '../../../shared/wallets';
import type { GhiDanhDB } from '../../db';
import { discardAccountStep, type AccountWorkItem } from '../../db/accountWork';
import { useI18n } from '../../i18n';
import { useMessageText } from '../../ui';
import { communeName } from './communes';
import { StepForm } from './StepForm';
import { nextSteps } from './stepForm';

interface Props {
  db: GhiDanhDB;
  item: AccountWorkItem;
  providerId: string;
  providerKind: string;
  username: string;
}

type Open = { step: AccountStep } | { entryId: string } | null;

/** One person on the work list: who, what they chose, where the account stands, what is next. */
export function WorkRow({ db, item, providerId, providerKind, username }: Props) {
  const { t } = useI18n();
  const text = useMessageText();
  const [open, setOpen] = useState<Open>(null);
  const [saved, setSaved] = useState(false);
  const { account, payment } = item;
  const choice =
    payment.method === 'bank'
      ? t('account.bankChoice', {
          bank: findBankByBin(payment.bankBin)?.shortName ?? payment.bankBin,
          number: payment.accountNumber,
        })
      : t('account.walletChoice', {
          wallet: WALLET_PROVIDERS[payment.provider].name,
          phone: payment.phone.replace(/^\+84/, '0'),
        });
  const correcting =
    open && 'entryId' in open ? item.rejected.find((r) => r.id === open.entryId) : undefined;
  const done = (ok: boolean) => {
    setOpen(null);
    setSaved(ok);
  };

  return (
    <li className="work-row">
      <div className="work-main">
        <h2 className="work-name">{item.fullName}</h2>
        <p className="work-meta">
          {item.dateOfBirth.slice(0, 4)} · {item.village} · {communeName(item.communeCode)}
        </p>
        <p className="work-choice">{choice}</p>
        <ul className="work-steps">
          {account.openedOn && (
            <li>
              {account.accountNumberTail
                ? t('account.openedWithNumber', {
                    date: formatVnDate(account.openedOn),
                    tail: account.accountNumberTail,
                  })
                : t('account.opened', { date: formatVnDate(account.openedOn) })}
            </li>
          )}
          {account.cardIssuedOn && (
            <li>{t('account.cardIssued', { date: formatVnDate(account.cardIssuedOn) })}</li>
          )}
          {account.safeUseShownOn && (
            <li>{t('account.safeUseShown', { date: formatVnDate(account.safeUseShownOn) })}</li>
          )}
        </ul>
      </div>
      <div className="work-state">
        <span className={`account-badge account-${account.state}`}>
          {t(`account.state.${account.state}`)}
        </span>
        {account.pending > 0 && <span className="pending-marker">{t('account.pending')}</span>}
      </div>
      {item.rejected.map((entry) => (
        <div
          key={entry.id}
          className="work-rejected"
          role="group"
          aria-label={t('account.rejected.heading', {
            step: t(`account.action.${entry.payload.step}`),
          })}
        >
          <p className="text-danger">
            {t('account.rejected.heading', { step: t(`account.action.${entry.payload.step}`) })}
          </p>
          <ul>
            {(entry.errors ?? []).map((e, i) => (
              <li key={i}>{text(e.key)}</li>
            ))}
          </ul>
          <div className="actions">
            <button type="button" className="button" onClick={() => setOpen({ entryId: entry.id })}>
              {t('account.rejected.fix')}
            </button>
            <button
              type="button"
              className="button secondary"
              onClick={() => void discardAccountStep(db, entry.id)}
            >
              {t('account.rejected.discard')}
            </button>
          </div>
        </div>
      ))}
      {open === null && (
        <div className="actions work-actions">
          {nextSteps(providerKind, account).map((step) => (
            <button
              key={step}
              type="button"
              className={
                step === nextSteps(providerKind, account)[0] ? 'button' : 'button secondary'
              }
              onClick={() => {
                setSaved(false);
                setOpen({ step });
              }}
            >
              {t(`account.action.${step}`)}
            </button>
          ))}
        </div>
      )}
      {open && 'step' in open && (
        <StepForm
          db={db}
          item={item}
          providerId={providerId}
          username={username}
          step={open.step}
          onDone={done}
        />
      )}
      {correcting && (
        <StepForm
          db={db}
          item={item}
          providerId={providerId}
          username={username}
          step={correcting.payload.step}
          correcting={{
            entryId: correcting.id,
            accountNumber: correcting.payload.accountNumber,
            happenedOn: correcting.payload.happenedOn,
            note: correcting.payload.note,
          }}
          onDone={done}
        />
      )}
      <p role="status" className="work-saved">
        {saved ? t('account.form.saved') : ''}
      </p>
    </li>
  );
}
