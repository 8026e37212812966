// dist/calendar/<lang>/<partnership>.ics: the iCalendar file of every partnership of the bundled
// data that has a timeline, in Swedish, French and English (src/calendar/calendar.ts, on dist/lib).
// The timeline links to its file when it shows the bundled data from dist/ (the CDN build).
import { mkdirSync, writeFileSync } from 'node:fs';
import { bundledDataset } from '../dist/lib/data/bundled.js';
import { calendarIds, partnershipCalendar } from '../dist/lib/calendar/calendar.js';

const written = [];
for (const lang of ['sv', 'fr', 'en']) {
  mkdirSync(`dist/calendar/${lang}`, { recursive: true });
  for (const id of calendarIds(bundledDataset)) {
    writeFileSync(`dist/calendar/${lang}/${id}.ics`, partnershipCalendar(bundledDataset, id, lang));
    written.push(`${lang}/${id}.ics`);
  }
}
console.log(`wrote ${written.length} calendars to dist/calendar/ (${written.join(', ')})`);
