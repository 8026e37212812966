import { define } from '../base/define.js';
import { CoopPartnershipCard } from './partnership-card.js';

export { CoopPartnershipCard };
define('coop-partnership-card', CoopPartnershipCard, {
  sv: () => import('../generated/partnership-card-locales/sv.js'),
  fr: () => import('../generated/partnership-card-locales/fr.js'),
});

declare global {
  interface HTMLElementTagNameMap {
    'coop-partnership-card': CoopPartnershipCard;
  }
}
