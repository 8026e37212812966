import { define } from '../base/define.js';
import { CoopPartnershipCard } from './partnership-card.js';

export { CoopPartnershipCard };
define('coop-partnership-card', CoopPartnershipCard);

declare global {
  interface HTMLElementTagNameMap {
    'coop-partnership-card': CoopPartnershipCard;
  }
}
