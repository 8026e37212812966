// Visual baselines: every element × language × theme, compared with the
// committed screenshots of the engine it runs in (test/visual/<engine>/).
// After a change that is meant to look different: `npm run test:visual:update`,
// then look at the new PNGs before committing them. (In WebKit the element is cut
// out of a window screenshot: see web-test-runner.config.js.)
import { visualDiff } from '@web/test-runner-visual-regression';
import { LANGS } from './support/helpers.js';
import { VISUAL_THEMES, VISUAL_WIDGETS, mountForScreenshot } from './support/visual.js';

describe('visual baselines', function () {
  this.timeout(20_000);
  for (const { tag, attrs } of VISUAL_WIDGETS) {
    for (const lang of LANGS) {
      for (const theme of VISUAL_THEMES) {
        const name = `${tag}-${lang}-${theme}`;
        it(name, async () => {
          const el = await mountForScreenshot(tag, attrs, lang, theme);
          await visualDiff(el, name);
        });
      }
    }
  }
});
