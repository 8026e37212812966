/**
 * cooperation-widgets: importing this module defines every element of the registry (src/registry/).
 * Per-element entries (`cooperation-widgets/<folder>.js`) define one.
 */
import './i18n/all-languages.js';
export * from './registry/classes.js';
export { CoopElement, type Theme } from './base/coop-element.js';
export { validateDataset, type DataIssue, type ValidationResult } from './data/validate.js';
export type { CoopDataErrorDetail, CoopDataLoadDetail, DataErrorCode, DataSourceKind } from './data/errors.js';
export type * from './data/schema.js';
