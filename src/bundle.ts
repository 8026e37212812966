/**
 * The CDN bundle (dist/cooperation-widgets.js): defines all four elements.
 * The validator and the bundled dataset stay separate chunks, loaded when used.
 */
export { CoopPartnershipCard } from './partnership-card/index.js';
export { CoopPriorityAreas } from './priority-areas/index.js';
export { CoopAgreementTimeline } from './agreement-timeline/index.js';
export { CoopRegionFacts } from './region-facts/index.js';
