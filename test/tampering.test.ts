// A compromised CDN (issue 35): the script tier's snippet, as the embed builder writes it with this
// build's integrity hashes, on a page whose dist/ comes from a server that appends code to one file at a
// time. For each case, the page first loads untampered, which lists every JS file the page itself
// fetches; then each of those files is tampered with in turn, and no tampered byte may run. The same
// snippet without its hashes lets the tampered file run: the mark is seen when it is there.
import { expect } from '@open-wc/testing';
import { AXE_OPTIONS } from './support/a11y-checks.js';
import { openFrame, type ProbedWindow } from './support/frames.js';
import { until } from './support/helpers.js';

type TamperedWindow = ProbedWindow & { __tampered?: string[] };

/** The bundled data, `src` data, an unknown id, another language; and the iframe tier's site script. */
const CASES = ['bundled', 'src', 'unknown', 'fr', 'site'] as const;
type Case = (typeof CASES)[number];

let loads = 0;
/** The page of `kind` with `tamper` tampered with (each load with URLs of its own: see test/server/routes.mjs). */
const open = async (kind: Case, tamper: string, pin = true) =>
  (await openFrame(`/tamper-page.html?case=${kind}&tamper=${tamper.replaceAll('/', '~')}&load=${Date.now()}-${loads++}${pin ? '' : '&pin=0'}`))
    .contentWindow as TamperedWindow;

/** The JS files under dist/ the page itself fetched (not those of a frame inside it), as paths under dist/. */
const scriptsOf = (win: Window) => [
  ...new Set(
    win.performance
      .getEntriesByType('resource')
      .map((e) => /\/tampered\/none\/[\w-]+\/dist\/(.+\.js)$/.exec(e.name)?.[1])
      .filter((file): file is string => !!file),
  ),
];

/** The widget settled (its content or its error state, with an event); with the site script, the frame was sized. */
const settled = (win: TamperedWindow, kind: Case) =>
  kind === 'site' ? !!win.document.querySelector('iframe')?.style.height : win.__probe.events.length > 0;

/** What each case ends in, untampered. */
const EXPECTED: Record<Exclude<Case, 'site'>, string> = {
  bundled: 'coop-data-load',
  src: 'coop-data-load',
  unknown: 'coop-data-error not-found',
  fr: 'coop-data-load',
};

/** How long a tampered page gets: the untampered page settles in well under a second here. */
const GRACE_MS = 2500;
const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('a tampered CDN file never runs under the script tier', () => {
  for (const kind of CASES) {
    describe(kind, () => {
      let files: string[] = [];

      it('untampered: it works, and the page fetches the files it lists', async () => {
        const win = await open(kind, 'none');
        await until(() => settled(win, kind), `the ${kind} page settles`, 10000);
        if (kind !== 'site') {
          expect(win.__probe.events.map((e) => `${e.type} ${e.code ?? ''}`.trim())).to.deep.equal([EXPECTED[kind]]);
        }
        expect(win.__tampered).to.be.undefined;
        expect(win.__probe.errors).to.deep.equal([]);
        expect(win.__probe.violations).to.deep.equal([]);
        expect((await win.axe.run(win.document, AXE_OPTIONS)).violations.map((v) => v.id)).to.deep.equal([]);
        files = scriptsOf(win);
        // One file: the standalone bundle (the script tier) or the site script, nothing loaded after it.
        expect(files).to.deep.equal([kind === 'site' ? 'embed.js' : 'cooperation-widgets.standalone.js']);
      });

      it('each of those files tampered with, one at a time: the browser refuses it, nothing of it runs', async () => {
        expect(files, 'the untampered run listed the files').to.not.be.empty;
        for (const file of files) {
          const win = await open(kind, file);
          await settle(GRACE_MS);
          expect(win.__tampered, `${file} tampered with`).to.be.undefined;
          expect(settled(win, kind), `${file} tampered with: nothing of it ran`).to.be.false;
        }
      });

      it('the control: the same snippet without its hashes runs the tampered file (the mark is seen)', async () => {
        for (const file of files) {
          const win = await open(kind, file, false);
          await until(() => win.__tampered !== undefined, `the mark of ${file}`, 10000);
          expect(win.__tampered).to.deep.equal([file]);
        }
      });
    });
  }
});
