import type { VisitFormValues } from './formValues';

export interface ConsentGiver {
  role: 'beneficiary' | 'guardian' | 'authorised';
  name: string;
}

/** Who can consent on this visit: the beneficiary if met, and the representative entered. */
export function consentGivers(values: VisitFormValues): ConsentGiver[] {
  const givers: ConsentGiver[] = [];
  if (values.outcome === 'met_beneficiary') givers.push({ role: 'beneficiary', name: '' });
  const rep = values.representative;
  const hasRep = values.outcome === 'met_guardian' || values.hasRepresentative === 'yes';
  if (hasRep && rep.role !== '') givers.push({ role: rep.role, name: rep.fullName.trim() });
  return givers;
}
