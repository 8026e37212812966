// The per-element entry (dist/cooperation-list.js, `cooperation-widgets/cooperation-list.js`): the element with English
// inside, its Swedish and French messages loaded the first time a widget renders in that language.
import { useCatalogs } from '../i18n/localization.js';

useCatalogs({ sv: () => import('../generated/cooperation-list-locales/sv.js'), fr: () => import('../generated/cooperation-list-locales/fr.js') });
export * from './index.js';
