import { define } from '../base/define.js';
import { tag } from './element.js';
import { CoopRegionFacts } from './region-facts.js';

export { CoopRegionFacts };
define(tag, CoopRegionFacts);

declare global {
  interface HTMLElementTagNameMap {
    'coop-region-facts': CoopRegionFacts;
  }
}
