// The per-element entry (dist/agreement-timeline.js, `cooperation-widgets/agreement-timeline.js`): the element with English
// inside, its Swedish and French messages loaded the first time a widget renders in that language.
import { useCatalogs } from '../i18n/localization.js';

useCatalogs({ sv: () => import('../generated/agreement-timeline-locales/sv.js'), fr: () => import('../generated/agreement-timeline-locales/fr.js') });
export * from './index.js';
