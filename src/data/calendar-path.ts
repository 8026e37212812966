/**
 * Where a partnership's iCalendar file is in dist/, in a language: `calendar/sv/stockholm-ile-de-france.ics`.
 * The one place for that rule: the build writes the files there, the timeline, the static export,
 * the embed pages, the CLI and the embed builder link to them there.
 */
export const calendarPath = (lang: string, id: string) => `calendar/${lang}/${id}.ics`;
