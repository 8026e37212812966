/**
 * The folder of the build this code was loaded from (dist/, e.g. `https://cdn…/cooperation-widgets@0.1.0/dist/`),
 * which holds the files built beside the bundled data, such as its calendars (`calendarPath`).
 * Unknown here: in the npm modules a site's bundler moves the code away from dist/. The CDN build
 * (rollup.config.js) gives this module the folder, relative to the chunk the module lands in.
 */
export const distFolder: string | undefined = undefined;
