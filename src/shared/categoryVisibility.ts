import {
  BENEFICIARY_CATEGORIES,
  CATEGORY_INFO,
  type BeneficiaryCategory,
} from './schemas/categories';

// Who may see which detail of a person's category (domain.md §6–7). HIV status must never appear
// on a list, export or screen that does not need it, and a neutral label used only for the HIV
// groups would give them away by elimination: screens show broader groups, each HIV category
// sharing its group with non-sensitive ones. Health and disability data are sensitive personal
// data under Decree 13/2023: a payment provider needs no category at all.

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

/** Every screen and file that shows people. */
export const CATEGORY_AUDIENCES = [
  /** The roster list, its filters and search (field workers, supervisors). */
  'roster_screen',
  /** One person's page and the visit form. */
  'beneficiary_screen',
  /** The printed consent record handed to the person. */
  'consent_print',
  /** Supervisor dashboards and counts. */
  'dashboard',
  /** The payment provider's lists (account opening, payment): name, ID, account only. */
  'provider_export',
  /** The social-affairs office's own payment and increase/decrease lists. */
  'office_export',
] as const;
export type CategoryAudience = (typeof CATEGORY_AUDIENCES)[number];

/** 'exact': the category itself; 'group': its broad group; 'none': nothing about it. */
export type CategoryDetail = 'exact' | 'group' | 'none';

const DETAIL: Readonly<Record<CategoryAudience, CategoryDetail>> = {
  roster_screen: 'group',
  beneficiary_screen: 'group',
  consent_print: 'group',
  dashboard: 'group',
  provider_export: 'none',
  office_export: 'exact',
};

/** How much of `category` this audience may see; HIV categories are never shown exactly. */
export function categoryDetailFor(
  audience: CategoryAudience,
  category: BeneficiaryCategory,
): CategoryDetail {
  const detail = DETAIL[audience];
  return detail === 'exact' && CATEGORY_INFO[category].sensitive ? 'group' : detail;
}

/** The value an audience may show for a category: the code, its group, or null. */
export function visibleCategory(
  audience: CategoryAudience,
  category: BeneficiaryCategory,
): BeneficiaryCategory | CategoryGroup | null {
  const detail = categoryDetailFor(audience, category);
  return detail === 'exact' ? category : detail === 'group' ? GROUP_OF[category] : null;
}

/** Categories sharing a group: used by the test that no group singles out the HIV ones. */
export function categoriesInGroup(group: CategoryGroup): BeneficiaryCategory[] {
  return BENEFICIARY_CATEGORIES.filter((c) => GROUP_OF[c] === group);
}
