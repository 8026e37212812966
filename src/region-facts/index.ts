import { define } from '../base/define.js';
import { CoopRegionFacts } from './region-facts.js';

export { CoopRegionFacts };
define('coop-region-facts', CoopRegionFacts, {
  sv: () => import('../generated/region-facts-locales/sv.js'),
  fr: () => import('../generated/region-facts-locales/fr.js'),
});

declare global {
  interface HTMLElementTagNameMap {
    'coop-region-facts': CoopRegionFacts;
  }
}
