/**
 * The element classes, for the entries that define every element (src/index.ts, src/bundle.ts)
 * and the React wrappers (registry/react.ts): one export per element of registry.ts, named
 * `Coop` + its folder in PascalCase (test/node/registry.test.mjs checks both lists agree).
 * Importing this module defines them.
 */
export { CoopPartnershipCard } from '../partnership-card/index.js';
export { CoopPriorityAreas } from '../priority-areas/index.js';
export { CoopAgreementTimeline } from '../agreement-timeline/index.js';
export { CoopRegionFacts } from '../region-facts/index.js';
export { CoopCooperationList } from '../cooperation-list/index.js';
