import type { BeneficiaryCategory } from '../../../shared';

// What the roster screens show of a person's category. HIV status must never appear on a list or a
// screen that does not need it (domain.md §6, Decree 20 Art. 8), and a neutral label used only for
// the HIV groups would give them away by elimination. So the screens show broader groups, each HIV
// category sharing its group with non-sensitive ones; filtering by group cannot single them out.

export const CATEGORY_GROUPS = [
  'children',
  'elderly',
  'disability',
  'poor',
  'care',
  'merit',
] as const;
export type CategoryGroup = (typeof CATEGORY_GROUPS)[number];

export const GROUP_OF: Readonly<Record<BeneficiaryCategory, CategoryGroup>> = {
  child_no_support: 'children',
  child_16_22_studying: 'children',
  child_hiv_poor: 'children',
  child_under3_poor: 'children',
  elderly: 'elderly',
  disabled_severe: 'disability',
  poor_single_parent: 'poor',
  poor_hiv: 'poor',
  carer_household: 'care',
  foster_family: 'care',
  merit: 'merit',
  merit_relative: 'merit',
};
