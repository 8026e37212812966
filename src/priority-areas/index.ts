import { define } from '../base/define.js';
import { tag } from './element.js';
import { CoopPriorityAreas } from './priority-areas.js';

export { CoopPriorityAreas };
define(tag, CoopPriorityAreas);

declare global {
  interface HTMLElementTagNameMap {
    'coop-priority-areas': CoopPriorityAreas;
  }
}
