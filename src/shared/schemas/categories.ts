// Who is paid (domain.md §6): Decree 20/2021/NĐ-CP Art. 5 groups, the two carer groups, and the
// separate people-with-merit programme. Codes are stable: they are stored and synced.

export const BENEFICIARY_CATEGORIES = [
  'child_no_support',
  'child_16_22_studying',
  'child_hiv_poor',
  'poor_single_parent',
  'elderly',
  'disabled_severe',
  'child_under3_poor',
  'poor_hiv',
  'carer_household',
  'foster_family',
  'merit',
  'merit_relative',
] as const;
export type BeneficiaryCategory = (typeof BENEFICIARY_CATEGORIES)[number];

export interface CategoryInfo {
  readonly programme: 'social_assistance' | 'merit';
  /** Where the group is defined. */
  readonly legalBasis: string;
  /**
   * HIV status: never shown in lists, exports or screens that do not need it (Art. 8 excludes it
   * from public posting).
   */
  readonly sensitive: boolean;
  /** Health or disability data: "sensitive personal data" under Decree 13/2023 (domain.md §7). */
  readonly healthData: boolean;
}

const D20 = 'Nghị định 20/2021/NĐ-CP';
const MERIT = 'Pháp lệnh Ưu đãi người có công 02/2020/UBTVQH14';

export const CATEGORY_INFO: Readonly<Record<BeneficiaryCategory, CategoryInfo>> = {
  child_no_support: info('social_assistance', `${D20}, Điều 5 khoản 1`),
  child_16_22_studying: info('social_assistance', `${D20}, Điều 5 khoản 2`),
  child_hiv_poor: info('social_assistance', `${D20}, Điều 5 khoản 3`, true, true),
  poor_single_parent: info('social_assistance', `${D20}, Điều 5 khoản 4`),
  elderly: info('social_assistance', `${D20}, Điều 5 khoản 5`),
  disabled_severe: info('social_assistance', `${D20}, Điều 5 khoản 6`, false, true),
  child_under3_poor: info('social_assistance', `${D20}, Điều 5 khoản 7`),
  poor_hiv: info('social_assistance', `${D20}, Điều 5 khoản 8`, true, true),
  carer_household: info(
    'social_assistance',
    `${D20}, hỗ trợ chăm sóc người khuyết tật`,
    false,
    true,
  ),
  foster_family: info('social_assistance', `${D20}, hỗ trợ nhận nuôi dưỡng, chăm sóc`),
  merit: info('merit', MERIT),
  merit_relative: info('merit', MERIT),
};

function info(
  programme: CategoryInfo['programme'],
  legalBasis: string,
  sensitive = false,
  healthData = false,
): CategoryInfo {
  return { programme, legalBasis, sensitive, healthData };
}

/** True for categories that reveal HIV status: keep them off lists, exports and public screens. */
export function isSensitiveCategory(category: BeneficiaryCategory): boolean {
  return CATEGORY_INFO[category].sensitive;
}
