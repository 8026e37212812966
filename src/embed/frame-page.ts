/**
 * The script of every prerendered embed page (dist/embed/frame.js), beside
 * the CDN bundle that upgrades the page's widget: the URL's theme and heading
 * level, and the height for the page around the frame.
 */
import { applyQuery, reportHeight } from './frame.js';

applyQuery(new URLSearchParams(location.search), document.querySelectorAll('main > [partnership], main > [region]'));
reportHeight();
