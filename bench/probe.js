// Marks "rendered" once every coop widget on the page shows its content (or,
// on a static page, once the markup is parsed; on a peer's page, once it says
// so through window.__benchReady), after a frame has been made;
// and sums the cumulative layout shift.
window.__bench = { cls: 0 };
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) if (!e.hadRecentInput) window.__bench.cls += e.value;
}).observe({ type: 'layout-shift', buffered: true });

function rendered() {
  // Every coop element on the page, whichever of the registry's it is.
  const widgets = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('coop-'));
  return widgets.every((el) => {
    if (!el.shadowRoot) return !customElements.get(el.localName) && !document.querySelector('script[type="module"]');
    return el.shadowRoot.querySelector('[part~="base"]') !== null;
  });
}

/**
 * `inFrame`: called from a requestAnimationFrame callback, which runs before that frame's paint, so
 * what is there now is painted in this frame and the next callback comes after it. Called at
 * DOMContentLoaded, the first frame to paint what is there is the next one: one callback more.
 * Either way "rendered" is marked in the first frame callback after a frame showing it was made.
 */
function check(inFrame) {
  // A peer's page says itself when it has rendered.
  if (window.__benchReady ? window.__benchReady() : rendered()) {
    const mark = () => {
      performance.mark('rendered');
      window.__bench.rendered = performance.getEntriesByName('rendered')[0].startTime;
    };
    requestAnimationFrame(inFrame ? mark : () => requestAnimationFrame(mark));
  } else {
    requestAnimationFrame(() => check(true));
  }
}
document.addEventListener('DOMContentLoaded', () => check(false));
