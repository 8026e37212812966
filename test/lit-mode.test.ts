// The suite runs twice: with Lit's development build, whose warnings catch misuse, and with its
// production build (WTR_LIT_MODE=production), which is what the bundles sites load contain.
import { expect } from '@open-wc/testing';
import '../src/index.js';

describe('the Lit build under test', () => {
  it('is the one the run asked for: dev mode on in development, off in production', async () => {
    const mode = await (await fetch('/__test/lit-mode')).text();
    expect(mode).to.be.oneOf(['development', 'production']);
    // Lit's development build keeps the warnings it has issued in this global; the production build has no such code.
    expect('litIssuedWarnings' in globalThis, 'Lit dev mode').to.equal(mode === 'development');
  });
});
