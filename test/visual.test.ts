// Visual baselines: every element × language × theme, compared with the
// committed screenshots of the engine it runs in (test/visual/<engine>/).
// After a change that is meant to look different: `npm run test:visual:update`,
// then look at the new PNGs before committing them. Chromium and Firefox only:
// WebKitGTK's element screenshots through WebKitWebDriver under Xvfb come out
// with black bands (or, with compositing off, never finish), so WebKit has no
// baselines yet; its run lists this suite as skipped.
import { visualDiff } from '@web/test-runner-visual-regression';
import { ENGINE, LANGS } from './helpers.js';
import { VISUAL_THEMES, VISUAL_WIDGETS, mountForScreenshot } from './visual-support.js';

(ENGINE === 'webkit' ? describe.skip : describe)('visual baselines (Chromium and Firefox)', function () {
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
