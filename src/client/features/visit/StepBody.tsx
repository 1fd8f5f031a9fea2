import type { StepId } from './model/steps';
import type { VisitSession } from './session';
import { ConsentStep } from './steps/ConsentStep';
import { IdentityStep } from './steps/IdentityStep';
import { OutcomeStep } from './steps/OutcomeStep';
import { PaymentStep } from './steps/PaymentStep';
import { PhonesStep } from './steps/PhonesStep';
import { RepresentativeStep } from './steps/RepresentativeStep';
import { ReviewStep } from './steps/ReviewStep';

export function StepBody({
  step,
  session,
  onEdit,
}: {
  step: StepId;
  session: VisitSession;
  onEdit: (step: StepId) => void;
}) {
  const b = session.beneficiary;
  switch (step) {
    case 'outcome':
      return <OutcomeStep />;
    case 'identity':
      return <IdentityStep roster={b} />;
    case 'payment':
      return <PaymentStep beneficiaryName={b.fullName} />;
    case 'representative':
      return <RepresentativeStep />;
    case 'phones':
      return <PhonesStep rosterPhone={b.phone} />;
    case 'consent':
      return <ConsentStep />;
    case 'review':
      return <ReviewStep ctx={session.ctx} onEdit={onEdit} />;
  }
}
