/**
 * The CDN bundle (dist/cooperation-widgets.js): defines all four elements.
 * Every language's messages are inside; the validator, the bundled dataset,
 * the fetching code and the error state stay chunks, loaded when used.
 */
import './i18n/all-languages.js';
export { CoopPartnershipCard } from './partnership-card/index.js';
export { CoopPriorityAreas } from './priority-areas/index.js';
export { CoopAgreementTimeline } from './agreement-timeline/index.js';
export { CoopRegionFacts } from './region-facts/index.js';
