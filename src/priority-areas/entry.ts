// The per-element entry (dist/priority-areas.js, `cooperation-widgets/priority-areas.js`): the element with English
// inside, its Swedish and French messages loaded the first time a widget renders in that language.
import { useCatalogs } from '../i18n/localization.js';

useCatalogs({ sv: () => import('../generated/priority-areas-locales/sv.js'), fr: () => import('../generated/priority-areas-locales/fr.js') });
export * from './index.js';
