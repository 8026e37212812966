/**
 * The folder of the build's iCalendar files (`<base><lang>/<partnership>.ics`, from
 * scripts/write-calendars.mjs), for the timeline's "Add to calendar" link on the bundled data.
 * Unknown here: in the npm modules a site's bundler moves the code away from dist/, so there is no
 * link. The CDN build (rollup.config.js) gives this module the folder next to its own files.
 */
export const calendarBase: string | undefined = undefined;
