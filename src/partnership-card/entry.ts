// The per-element entry (dist/partnership-card.js, `cooperation-widgets/partnership-card.js`): the element with English
// inside, its Swedish and French messages loaded the first time a widget renders in that language.
import { useCatalogs } from '../i18n/localization.js';

useCatalogs({ sv: () => import('../generated/partnership-card-locales/sv.js'), fr: () => import('../generated/partnership-card-locales/fr.js') });
export * from './index.js';
