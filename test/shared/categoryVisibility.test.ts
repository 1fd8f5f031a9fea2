import { describe, expect, test } from 'vitest';
import {
  CATEGORY_AUDIENCES,
  CATEGORY_GROUPS,
  categoriesInGroup,
  categoryDetailFor,
  visibleCategory,
} from '../../src/shared/categoryVisibility';
import { BENEFICIARY_CATEGORIES, isSensitiveCategory } from '../../src/shared/schemas/categories';

// HIV status never shows on a screen or in an export (Decree 20 Art. 8); a provider sees no
// category at all (health data is sensitive under Decree 13/2023).

describe('which audience sees which category detail', () => {
  test('no audience ever sees an HIV category exactly', () => {
    for (const audience of CATEGORY_AUDIENCES) {
      for (const category of BENEFICIARY_CATEGORIES.filter(isSensitiveCategory)) {
        expect(categoryDetailFor(audience, category), `${audience} ${category}`).not.toBe('exact');
        expect(visibleCategory(audience, category)).not.toBe(category);
      }
    }
  });

  test('each group holding an HIV category also holds a non-sensitive one', () => {
    for (const group of CATEGORY_GROUPS) {
      const members = categoriesInGroup(group);
      expect(members.length, group).toBeGreaterThan(0);
      if (members.some(isSensitiveCategory)) {
        expect(members.filter((c) => !isSensitiveCategory(c)).length, group).toBeGreaterThan(0);
      }
    }
  });

  test('screens show groups, the provider nothing, the office the exact non-HIV category', () => {
    expect(visibleCategory('roster_screen', 'poor_hiv')).toBe('poor');
    expect(visibleCategory('consent_print', 'child_hiv_poor')).toBe('children');
    expect(visibleCategory('beneficiary_screen', 'elderly')).toBe('elderly');
    expect(visibleCategory('provider_export', 'disabled_severe')).toBeNull();
    expect(visibleCategory('provider_export', 'elderly')).toBeNull();
    expect(visibleCategory('office_export', 'disabled_severe')).toBe('disabled_severe');
    expect(visibleCategory('office_export', 'poor_hiv')).toBe('poor');
  });
});
