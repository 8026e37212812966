// Marks "rendered" once every coop widget on the page shows its content (or,
// on a static page, once the markup is parsed; on a peer's page, once it says
// so through window.__benchReady), after a frame has been made;
// and sums the cumulative layout shift.
window.__bench = { cls: 0 };
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) if (!e.hadRecentInput) window.__bench.cls += e.value;
}).observe({ type: 'layout-shift', buffered: true });

function rendered() {
  const widgets = document.querySelectorAll('coop-partnership-card, coop-priority-areas, coop-agreement-timeline, coop-region-facts');
  return [...widgets].every((el) => {
    if (!el.shadowRoot) return !customElements.get(el.localName) && !document.querySelector('script[type="module"]');
    return el.shadowRoot.querySelector('[part~="base"]') !== null;
  });
}

function check() {
  // A peer's page says itself when it has rendered.
  if (window.__benchReady ? window.__benchReady() : rendered()) {
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        performance.mark('rendered');
        window.__bench.rendered = performance.getEntriesByName('rendered')[0].startTime;
      }),
    );
  } else {
    requestAnimationFrame(check);
  }
}
document.addEventListener('DOMContentLoaded', check);
