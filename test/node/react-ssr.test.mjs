// cooperation-widgets/react on a server (Next.js, Remix): the module loads in Node (Lit's node
// build, no DOM) and react-dom/server renders the element's tag with its children, the fallback
// HTML a visitor sees until the element upgrades in the browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';

test('the wrappers render on the server, children (fallback HTML) included', async () => {
  const { PartnershipCard, RegionFacts } = await import('cooperation-widgets/react');
  const card = renderToString(h(PartnershipCard, { partnership: 'stockholm-ile-de-france' }, h('p', null, 'Region Stockholm × Île-de-France')));
  assert.match(card, /^<coop-partnership-card[^>]*><p>Region Stockholm × Île-de-France<\/p><\/coop-partnership-card>$/);
  assert.match(renderToString(h(RegionFacts, { region: 'stockholm' })), /^<coop-region-facts[^>]*><\/coop-region-facts>$/);
});
