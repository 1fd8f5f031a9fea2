import { formatVnDate } from '../../../shared/dates';
import { useI18n } from '../../i18n';
import type { ScanOutcome } from '../interpretScan';

/** The fields read from a card, as staff compare them with the card in hand. */
export function CardDetails({ outcome }: { outcome: ScanOutcome }) {
  const { t } = useI18n();
  const rows: [label: string, value: string][] = [];
  if (outcome.kind === 'idOnly') {
    rows.push([t('scan.card.idNumber'), outcome.idNumber]);
  } else {
    const { card } = outcome;
    rows.push(
      [t('scan.card.fullName'), card.fullName],
      [t('scan.card.idNumber'), card.idNumber],
      [t('scan.card.dateOfBirth'), formatVnDate(card.dateOfBirth)],
      [t('scan.card.sex'), card.sex === 'male' ? t('scan.card.male') : t('scan.card.female')],
      [t('scan.card.address'), card.address],
    );
    if (card.oldIdNumber) rows.push([t('scan.card.oldIdNumber'), card.oldIdNumber]);
    if (card.issueDate) rows.push([t('scan.card.issueDate'), formatVnDate(card.issueDate)]);
  }
  rows.push([t('scan.card.source'), t(`scan.card.source.${outcome.source}`)]);
  return (
    <dl className="scan-card">
      {rows.map(([label, value]) => (
        <div key={label} className="scan-card-row">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
