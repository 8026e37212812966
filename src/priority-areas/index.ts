import { define } from '../base/define.js';
import { CoopPriorityAreas } from './priority-areas.js';

export { CoopPriorityAreas };
define('coop-priority-areas', CoopPriorityAreas);

declare global {
  interface HTMLElementTagNameMap {
    'coop-priority-areas': CoopPriorityAreas;
  }
}
