/**
 * Times as the hospital reads them: every instant is shown in the hospital's time zone, and the zone is named.
 * OnPump's answers name a hospital's zone in a timeZone field when they have one; until one does, the device's
 * zone is used and the page says so.
 */
const zones = new Map();

export function deviceZone() {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Remembers the zones that API items name ({hospitalId, timeZone}, or a hospital {id, timeZone}). */
export function learnZones(items) {
  for (const item of items ?? []) {
    const zone = item?.timeZone || item?.hospitalTimeZone;
    const hospital = item?.hospitalId || item?.id;
    if (zone && hospital && validZone(zone)) zones.set(hospital, zone);
  }
}

/** The hospital's zone; the department's first known zone for no hospital in particular. */
export function zoneOf(hospitalId) {
  if (hospitalId && zones.has(hospitalId)) return zones.get(hospitalId);
  return zones.values().next().value || deviceZone();
}

/** "Times in America/New_York (EST)", saying when the zone is only the device's. */
export function zoneNote(hospitalId) {
  const zone = zoneOf(hospitalId);
  const known = hospitalId ? zones.has(hospitalId) : zones.size > 0;
  const name = `${zone} (${shortName(new Date(), zone)})`;
  return known ? `Times in ${name}, the hospital's time zone` : `Times in ${name}, this device's time zone`;
}

export function shortName(date, zone) {
  const part = new Intl.DateTimeFormat('en-US', {timeZone: zone, timeZoneName: 'short'}).formatToParts(date)
    .find(p => p.type === 'timeZoneName');
  return part ? part.value : zone;
}

export function time(instant, zone) {
  return new Intl.DateTimeFormat('en-GB', {timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23'})
    .format(new Date(instant));
}

export function day(instant, zone) {
  return new Intl.DateTimeFormat('en-GB', {timeZone: zone, weekday: 'short', day: 'numeric', month: 'short'})
    .format(new Date(instant));
}

/** "Tue 24 Nov 07:00" */
export function dayTime(instant, zone) {
  return `${day(instant, zone)} ${time(instant, zone)}`;
}

/** "07:00–09:30", with the end's day when it ends on another day. */
export function span(start, end, zone) {
  const endText = localDate(start, zone) === localDate(end, zone) ? time(end, zone) : dayTime(end, zone);
  return `${time(start, zone)}–${endText}`;
}

/** The calendar date (YYYY-MM-DD) of an instant in the zone. */
export function localDate(instant, zone) {
  const p = parts(new Date(instant), zone);
  return `${p.year}-${p.month}-${p.day}`;
}

export function today(zone) {
  return localDate(Date.now(), zone);
}

export function addDays(date, days) {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The instant a local date and hour begin in the zone (daylight-saving aware). */
export function instantAt(date, zone, hour = 0) {
  const [y, m, d] = date.split('-').map(Number);
  const wall = Date.UTC(y, m - 1, d, hour);
  let guess = wall - offset(new Date(wall), zone);
  guess = wall - offset(new Date(guess), zone);
  return new Date(guess);
}

function offset(date, zone) {
  const p = parts(date, zone);
  return Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour % 24, +p.minute, +p.second) - date.getTime()
    + date.getUTCMilliseconds();
}

function parts(date, zone) {
  const formatted = new Intl.DateTimeFormat('en-US', {
    timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(date);
  return Object.fromEntries(formatted.map(p => [p.type, p.value]));
}

function validZone(zone) {
  try {
    new Intl.DateTimeFormat('en-US', {timeZone: zone});
    return true;
  } catch {
    return false;
  }
}
