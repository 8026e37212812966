/**
 * cooperation-widgets: importing this module defines all four elements.
 * Per-element entries (`cooperation-widgets/partnership-card.js`, …) define one.
 */
import './i18n/all-languages.js';
export { CoopPartnershipCard } from './partnership-card/index.js';
export { CoopPriorityAreas } from './priority-areas/index.js';
export { CoopAgreementTimeline } from './agreement-timeline/index.js';
export { CoopRegionFacts } from './region-facts/index.js';
export { CoopElement, type Theme } from './base/coop-element.js';
export { validateDataset, type DataIssue, type ValidationResult } from './data/validate.js';
export type { CoopDataErrorDetail, CoopDataLoadDetail, DataErrorCode, DataSourceKind } from './data/errors.js';
export type * from './data/schema.js';
