/** This copy's version; kept equal to package.json's by `npm run check:generated`. */
export const VERSION = '0.1.0';
