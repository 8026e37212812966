// dist/calendar/<lang>/<partnership>.ics: the iCalendar file of every partnership of the bundled
// data that has a timeline, in Swedish, French and English (src/calendar/calendar.ts, on dist/lib).
// The timeline links to its file when it shows the bundled data from dist/ (the CDN build).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { bundledDataset } from '../dist/lib/data/bundled.js';
import { calendarPath } from '../dist/lib/data/calendar-path.js';
import { calendarIds, partnershipCalendar } from '../dist/lib/calendar/calendar.js';

const written = [];
for (const lang of ['sv', 'fr', 'en']) {
  for (const id of calendarIds(bundledDataset)) {
    const file = join('dist', calendarPath(lang, id));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, partnershipCalendar(bundledDataset, id, lang));
    written.push(file);
  }
}
console.log(`wrote ${written.length} calendars (${written.join(', ')})`);
