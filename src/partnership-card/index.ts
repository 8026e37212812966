import { define } from '../base/define.js';
import { tag } from './element.js';
import { CoopPartnershipCard } from './partnership-card.js';

export { CoopPartnershipCard };
define(tag, CoopPartnershipCard);

declare global {
  interface HTMLElementTagNameMap {
    'coop-partnership-card': CoopPartnershipCard;
  }
}
