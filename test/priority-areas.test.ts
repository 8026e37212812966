import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { describeStates, mount, part, shadow } from './support/helpers.js';
import { AREAS } from './support/elements.js';

const TAG = 'coop-priority-areas';
const ID = { partnership: 'stockholm-ile-de-france' };

describeStates(AREAS);

describe('coop-priority-areas content', () => {
  it('lists the four areas in a <ul> with headings one level below the main one', async () => {
    const { el } = await mount(TAG, { attrs: { ...ID, 'heading-level': '3' }, lang: 'fr' });
    expect(part(el, 'heading').localName).to.equal('h3');
    const items = [...part(el, 'list').children];
    expect(part(el, 'list').localName).to.equal('ul');
    expect(items.map((li) => li.querySelector('h4')!.textContent!.trim())).to.deep.equal([
      'Industrie',
      'Économie et attractivité',
      'Urbanisme et villes intelligentes',
      'Environnement',
    ]);
    const sectors = [...items[0].querySelectorAll('[part="sectors"] li')].map((li) => li.textContent);
    expect(sectors).to.deep.equal([
      'Véhicules autonomes et connectés',
      'Énergie propre',
      'Intelligence artificielle',
      'Biotechnologies',
    ]);
    expect(part(el, 'sectors').getAttribute('aria-label')).to.equal('Secteurs');
  });

  it('opens and closes a description with its disclosure button', async () => {
    const { el } = await mount(TAG, { attrs: ID });
    const button = part(el, 'toggle') as HTMLButtonElement;
    const description = shadow(el).getElementById(button.getAttribute('aria-controls')!)!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(description.hidden).to.be.true;
    button.click();
    await (el as unknown as { updateComplete: Promise<void> }).updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(description.hidden).to.be.false;
    expect(description.textContent).to.contain('competitiveness clusters in France');
    await expect(el).to.be.accessible();
    button.click();
    await (el as unknown as { updateComplete: Promise<void> }).updateComplete;
    expect(description.hidden).to.be.true;
  });

  it('is operable with Enter and Space from the keyboard', async () => {
    const { el } = await mount(TAG, { attrs: ID });
    const buttons = shadow(el).querySelectorAll<HTMLButtonElement>('[part="toggle"]');
    buttons[1].focus();
    await sendKeys({ press: 'Enter' });
    await (el as unknown as { updateComplete: Promise<void> }).updateComplete;
    expect(buttons[1].getAttribute('aria-expanded')).to.equal('true');
    // ' ': the Space key's name in every engine's automation (WebDriver BiDi knows no "Space").
    await sendKeys({ press: ' ' });
    await (el as unknown as { updateComplete: Promise<void> }).updateComplete;
    expect(buttons[1].getAttribute('aria-expanded')).to.equal('false');
  });

  it('starts with every description open when `expanded` is set', async () => {
    const { el } = await mount(TAG, { attrs: { ...ID, expanded: '' } });
    const states = [...shadow(el).querySelectorAll('[part="toggle"]')].map((b) => b.getAttribute('aria-expanded'));
    expect(states).to.deep.equal(['true', 'true', 'true', 'true']);
    await expect(el).to.be.accessible();
  });
});
