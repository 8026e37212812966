/**
 * The CDN bundle (dist/cooperation-widgets.js): defines every element of the registry (src/registry/).
 * Every language's messages are inside; the validator, the bundled dataset,
 * the fetching code and the error state stay chunks, loaded when used.
 */
import './i18n/all-languages.js';
export * from './registry/classes.js';
