import type { ReactNode } from 'react';
import { useI18n } from '../i18n';
import { ChoiceGroup, type ChoiceInputProps } from './ChoiceGroup';

/** A yes/no question answered explicitly: the form value is "yes", "no" or "" (not asked yet). */
export function YesNoField(props: {
  id: string;
  legend: ReactNode;
  input: ChoiceInputProps;
  error?: string;
  hint?: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <ChoiceGroup
      {...props}
      compact
      columns={2}
      options={[
        { value: 'yes', label: t('ui.yes') },
        { value: 'no', label: t('ui.no') },
      ]}
    />
  );
}
