/**
 * The script of every prerendered embed page (dist/embed/frame.js): the URL's
 * theme and heading level, the height for the page around the frame, and then
 * the CDN bundle that upgrades the page's widget. The bundle comes after the
 * page's first paint: the page is all there already, prerendered, and the
 * bundle's work before that paint (evaluating it, defining the elements,
 * upgrading the widget) held it back a frame (bench/README.md). The page
 * preloads the bundle's dataset chunk, so the upgrade waits for no more than
 * the bundle.
 */
import { afterFirstPaint, applyQuery, reportHeight } from './frame.js';

applyQuery(new URLSearchParams(location.search), document.querySelectorAll('main > [partnership], main > [region]'));
reportHeight();
// A URL Rollup leaves as it is: the bundle beside dist/embed/, not a copy of it in this file.
const bundle = new URL('../cooperation-widgets.js', import.meta.url).href;
afterFirstPaint(() => {
  import(bundle).catch((error: unknown) =>
    console.warn(`cooperation-widgets: ${bundle} did not load or run (${String(error)}); the page shows its prerendered content.`),
  );
});
