import type { BeneficiaryStatus, PaymentMethod, VisitOutcome } from '../../../shared';
import type { CategoryGroup } from './categoryGroups';

// Catalog keys for the domain codes the roster screens show.

export const statusKey = (s: BeneficiaryStatus) => `roster.status.${s}` as const;
export const groupKey = (g: CategoryGroup) => `roster.group.${g}` as const;
export const outcomeKey = (o: VisitOutcome) => `roster.outcome.${o}` as const;
export const paymentKey = (m: PaymentMethod) => `roster.payment.${m}` as const;
