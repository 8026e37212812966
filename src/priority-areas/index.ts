import { define } from '../base/define.js';
import { CoopPriorityAreas } from './priority-areas.js';

export { CoopPriorityAreas };
define('coop-priority-areas', CoopPriorityAreas, {
  sv: () => import('../generated/priority-areas-locales/sv.js'),
  fr: () => import('../generated/priority-areas-locales/fr.js'),
});

declare global {
  interface HTMLElementTagNameMap {
    'coop-priority-areas': CoopPriorityAreas;
  }
}
