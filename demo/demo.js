// The demo's controls: the page language (every widget follows <html lang>,
// except those inside the French section) and the theme of every widget.
const lang = document.getElementById('lang');
const theme = document.getElementById('theme');
lang.value = document.documentElement.lang;
lang.addEventListener('change', () => {
  document.documentElement.lang = lang.value;
});
theme.addEventListener('change', () => {
  for (const el of document.querySelectorAll('coop-partnership-card, coop-priority-areas, coop-agreement-timeline, coop-region-facts')) {
    el.setAttribute('theme', theme.value);
  }
});
document.addEventListener('coop-data-error', (e) => {
  console.info(`<${e.target.localName}> coop-data-error: ${e.detail.code} – ${e.detail.message}`);
});
