import { define } from '../base/define.js';
import { CoopRegionFacts } from './region-facts.js';

export { CoopRegionFacts };
define('coop-region-facts', CoopRegionFacts);

declare global {
  interface HTMLElementTagNameMap {
    'coop-region-facts': CoopRegionFacts;
  }
}
