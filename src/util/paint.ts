/**
 * Resolves once the page has painted: at once when it already has (Paint Timing), else after
 * the next frame, and in any case within 200 ms (a frame that is not drawn, such as a hidden
 * tab's or an offscreen frame's, never runs `requestAnimationFrame`).
 */
export const painted = (): Promise<void> =>
  new Promise((done) => {
    if (performance.getEntriesByType('paint').length) return done();
    requestAnimationFrame(() => setTimeout(done));
    setTimeout(done, 200);
  });
