import { useCallback, useEffect, useRef, useState } from 'react';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import type { SavedVisit } from '../../db';
import { formatVnDate } from '../../../shared/dates';
import { useI18n } from '../../i18n';
import { ErrorSummary, focusField, Notice, StepHeader, useMessageText } from '../../ui';
import { AutosaveStatus } from './drafts/AutosaveStatus';
import { useAutosave } from './drafts/useAutosave';
import { describeError } from './describeError';
import { useVisitFiles } from './files/useVisitFiles';
import { VisitFilesContext } from './files/VisitFilesContext';
import type { VisitFormValues } from './model/formValues';
import { stepsFor, type StepId } from './model/steps';
import { stepIssues, visitStepResolver } from './model/validateStep';
import type { VisitSession } from './session';
import { storeDraft, storeVisit } from './wizard/storeVisit';
import { hasError, summaryEntries, type SummaryEntry } from './wizard/summary';
import { StepBody } from './StepBody';

interface Summary {
  items: SummaryEntry[];
  attempt: number;
}

export function VisitWizard({
  session,
  onSaved,
}: {
  session: VisitSession;
  onSaved: (saved: SavedVisit) => void;
}) {
  const { t } = useI18n();
  const text = useMessageText();
  const { db, ctx, beneficiary } = session;
  const [step, setStep] = useState<StepId>(session.step);
  // Read by the resolver when it runs (submit or live re-check): the step shown at that moment.
  const [shown] = useState(() => new ShownStep(session.step));
  const [summary, setSummary] = useState<Summary>({ items: [], attempt: 0 });
  const [attempted, setAttempted] = useState(false);
  const [returnToReview, setReturnToReview] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const focusAfterStep = useRef<string | null>(null);

  const [resolver] = useState(() => visitStepResolver(() => ({ ctx, step: shown.get() })));
  const form = useForm<VisitFormValues>({
    defaultValues: session.values,
    resolver,
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  });
  const { getValues, subscribe, control, handleSubmit, trigger, clearErrors, setValue } = form;
  const files = useVisitFiles(db, ctx.visitId, session.files);

  const writeDraft = useCallback(
    () => storeDraft(session, getValues(), shown.get()),
    [session, getValues, shown],
  );
  const autosave = useAutosave(writeDraft);
  const describe = describeError(t);

  const outcome = useWatch({ control, name: 'outcome' });
  const steps = stepsFor(outcome);
  const position = Math.max(0, steps.indexOf(step));

  // Every change is autosaved; after a failed attempt, errors follow the user's fixes live.
  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: () => {
          autosave.changed();
          if (attempted) void trigger();
        },
      }),
    [subscribe, autosave, attempted, trigger],
  );

  // A fixed problem leaves the summary; new ones appear only on the next attempt.
  const errors = form.formState.errors;
  const visibleItems = summary.items.filter((item) => hasError(errors, item.field));

  const goTo = useCallback(
    (next: StepId, options: { keepErrors?: boolean; focus?: string } = {}) => {
      shown.set(next);
      setStep(next);
      if (next === 'review') setReturnToReview(false);
      setSummary((s) => ({ items: options.keepErrors ? s.items : [], attempt: s.attempt }));
      if (!options.keepErrors) {
        clearErrors();
        setAttempted(false);
      }
      focusAfterStep.current = options.focus ?? null;
      // The step reached is part of the draft: write it now.
      autosave.changed();
      void autosave.flush();
    },
    [clearErrors, autosave, shown],
  );

  // After the step header took focus for a new step, a field asked for by an error link wins.
  useEffect(() => {
    if (focusAfterStep.current) {
      focusField(focusAfterStep.current);
      focusAfterStep.current = null;
    }
  }, [step]);

  async function save(values: VisitFormValues) {
    setSaving(true);
    setSaveError(null);
    await autosave.close();
    try {
      onSaved(await storeVisit(session, values));
    } catch (error) {
      autosave.reopen();
      autosave.changed();
      setSaveError(describe(error));
      setSaving(false);
    }
  }

  const onValid = async (values: VisitFormValues) => {
    setAttempted(false);
    setSummary((s) => ({ items: [], attempt: s.attempt }));
    if (step === 'consent' && values.consent.consentedAt === '') {
      setValue('consent.consentedAt', new Date().toISOString(), { shouldDirty: true });
    }
    if (step === 'review') return save(getValues());
    const next = returnToReview ? 'review' : steps[position + 1];
    if (next) goTo(next);
  };

  const onInvalid = () => {
    const items = summaryEntries(stepIssues(getValues(), ctx, step), step, {
      text: (key) => text(key) ?? key,
      labelled: (label, message) => t('ui.errorSummary.labelled', { label, message }),
      openStep: (owner, targetId) => {
        setReturnToReview(true);
        goTo(owner, { keepErrors: true, focus: targetId });
      },
    });
    setAttempted(true);
    setSummary((s) => ({ items, attempt: s.attempt + 1 }));
  };

  const heading =
    session.mode === 'new'
      ? t('visit.heading', { name: beneficiary.fullName })
      : t('visit.edit.heading', { name: beneficiary.fullName });

  return (
    <FormProvider {...form}>
      <VisitFilesContext.Provider value={files}>
        <div className="vf-page">
          <div className="vf-visit-title">
            <h1>{heading}</h1>
            <p className="vf-visit-subtitle">
              {t('visit.subheading', {
                born: formatVnDate(beneficiary.dateOfBirth),
                village: beneficiary.village,
              })}
            </p>
          </div>
          {session.mode === 'edit' && <Notice>{t('visit.edit.unsynced')}</Notice>}
          {session.mode === 'correct' && <Notice tone="warn">{t('visit.edit.synced')}</Notice>}
          <StepHeader
            steps={steps.map((id) => ({ id, label: t(`visit.step.${id}`) }))}
            currentId={step}
            onSelect={(id) => goTo(id as StepId)}
          />
          <form
            noValidate
            className="vf-visit-form"
            onSubmit={(e) => void handleSubmit(onValid, onInvalid)(e)}
          >
            <ErrorSummary items={visibleItems} attempt={summary.attempt} />
            {saveError && (
              <Notice tone="danger" live>
                <p>{t('visit.save.failed', { reason: saveError })}</p>
              </Notice>
            )}
            <StepBody
              step={step}
              session={session}
              onEdit={(s) => {
                setReturnToReview(true);
                goTo(s);
              }}
            />
            <nav className="vf-visit-nav" aria-label={t('visit.nav.label')}>
              {position > 0 ? (
                <button
                  type="button"
                  className="secondary"
                  onClick={() => goTo(steps[position - 1]!)}
                >
                  {t('visit.nav.back')}
                </button>
              ) : (
                <span />
              )}
              <AutosaveStatus state={autosave.state} />
              <button type="submit" className="primary" disabled={saving}>
                {step === 'review'
                  ? saving
                    ? t('visit.nav.saving')
                    : t('visit.nav.save')
                  : t('visit.nav.next')}
              </button>
            </nav>
          </form>
        </div>
      </VisitFilesContext.Provider>
    </FormProvider>
  );
}

/** The step on screen, readable by the resolver whenever it runs. */
class ShownStep {
  constructor(private step: StepId) {}
  get = () => this.step;
  set = (step: StepId) => {
    this.step = step;
  };
}
