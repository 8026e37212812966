// The per-element entry (dist/region-facts.js, `cooperation-widgets/region-facts.js`): the element with English
// inside, its Swedish and French messages loaded the first time a widget renders in that language.
import { useCatalogs } from '../i18n/localization.js';

useCatalogs({ sv: () => import('../generated/region-facts-locales/sv.js'), fr: () => import('../generated/region-facts-locales/fr.js') });
export * from './index.js';
