import { define } from '../base/define.js';
import { CoopCooperationList } from './cooperation-list.js';
import { tag } from './element.js';

export { CoopCooperationList };
define(tag, CoopCooperationList);

declare global {
  interface HTMLElementTagNameMap {
    'coop-cooperation-list': CoopCooperationList;
  }
}
