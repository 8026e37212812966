// cooperation-widgets/react on a server (Next.js, Remix): the module loads in Node (Lit's node
// build, no DOM) and react-dom/server renders the element's tag with its children, the fallback
// HTML a visitor sees until the element upgrades in the browser; the module is a client module.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';
import { readFileSync } from 'node:fs';

test('cooperation-widgets/react starts with the "use client" directive (Next.js App Router)', () => {
  assert.match(readFileSync('dist/lib/react/index.js', 'utf8'), /^'use client';\n/);
});

test('the wrappers render on the server, children (fallback HTML) included', async () => {
  const { PartnershipCard, RegionFacts } = await import('cooperation-widgets/react');
  const card = renderToString(h(PartnershipCard, { partnership: 'stockholm-ile-de-france' }, h('p', null, 'Region Stockholm × Île-de-France')));
  // @lit/react sets props in the browser only: the server's tag is bare, its children (fallback) inside.
  assert.equal(card, '<coop-partnership-card><p>Region Stockholm × Île-de-France</p></coop-partnership-card>');
  assert.equal(renderToString(h(RegionFacts, { region: 'stockholm' })), '<coop-region-facts></coop-region-facts>');
});
