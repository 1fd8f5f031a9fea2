import type { z } from 'zod';
import * as f from './fields';

// What the beneficiary can manage, asked on each visit: it decides which channel is realistic
// and whether the provider must come and show them how to use it.

export const needsSurveySchema = f
  .record({
    hasPhone: f.bool(),
    hasSmartphone: f.bool(),
    canTravelToPayPoint: f.bool(),
    needsGuidance: f.bool(),
  })
  .refine((s) => s.hasPhone || !s.hasSmartphone, {
    error: 'validation.survey.smartphoneWithoutPhone',
    path: ['hasSmartphone'],
  });

export type NeedsSurvey = z.output<typeof needsSurveySchema>;
