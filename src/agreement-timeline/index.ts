import { define } from '../base/define.js';
import { CoopAgreementTimeline } from './agreement-timeline.js';

export { CoopAgreementTimeline };
define('coop-agreement-timeline', CoopAgreementTimeline, {
  sv: () => import('../generated/agreement-timeline-locales/sv.js'),
  fr: () => import('../generated/agreement-timeline-locales/fr.js'),
});

declare global {
  interface HTMLElementTagNameMap {
    'coop-agreement-timeline': CoopAgreementTimeline;
  }
}
