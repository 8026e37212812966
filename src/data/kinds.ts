/**
 * The kinds of partnership, in the order a list groups them (the cooperation list). A module of its
 * own, without valibot, so that the code that renders them does not bring the schema along.
 */
export const PARTNERSHIP_KINDS = ['bilateral-agreement', 'network', 'platform', 'programme', 'pilot', 'project', 'office', 'funding-partnership'] as const;
