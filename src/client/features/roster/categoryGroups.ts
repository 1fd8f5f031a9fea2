// The rule lives in src/shared/categoryVisibility.ts (which audience sees which category detail);
// the roster screens show the broad group.
export { CATEGORY_GROUPS, GROUP_OF, type CategoryGroup } from '../../../shared/categoryVisibility';
