import { define } from '../base/define.js';
import { tag } from './element.js';
import { CoopAgreementTimeline } from './agreement-timeline.js';

export { CoopAgreementTimeline };
define(tag, CoopAgreementTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'coop-agreement-timeline': CoopAgreementTimeline;
  }
}
