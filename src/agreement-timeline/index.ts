import { define } from '../base/define.js';
import { CoopAgreementTimeline } from './agreement-timeline.js';

export { CoopAgreementTimeline };
define('coop-agreement-timeline', CoopAgreementTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'coop-agreement-timeline': CoopAgreementTimeline;
  }
}
