import {h, fill, field, status, showBusy, showDone} from './dom.js';
import {api, enc, query, showProblem} from './api.js';
import {zoneOf, today, addDays, day, span, shortName, localDate, learnZones} from './time.js';
import {roleName} from './roster-data.js';

/** A perfusionist's own seats, day by day, and a private calendar link to subscribe to them. */
export function scheduleView(section, context) {
  const me = `/api/v1/departments/${enc(context.department)}/perfusionists/${enc(context.who.perfusionistId)}`;
  const from = h('input', {type: 'date', name: 'schedule-from', value: today(zoneOf()), required: true});
  const days = h('select', {name: 'schedule-days'}, [7, 14, 28].map(n => h('option', {value: n, selected: n === 14},
    `${n} days`)));
  const loading = status();
  const list = h('div', {class: 'schedule'});
  const linkStatus = status();
  const link = h('div', {class: 'calendar-link'});
  section.append(h('form', {class: 'controls', onsubmit: e => {
    e.preventDefault();
    load();
  }}, field('From', from), field('Period', days), h('button', {type: 'submit', class: 'primary'}, 'Show')),
  loading, list, h('h3', {}, 'Calendar link'),
  h('p', {}, 'A private link your calendar app can subscribe to. Anyone with it sees your schedule: keep it to '
    + 'yourself.'),
  h('button', {type: 'button', onclick: createLink}, 'Create a calendar link'), linkStatus, link);

  async function load() {
    showBusy(loading, 'Loading your schedule…');
    fill(list);
    try {
      const answer = await api(`${me}/schedule?${query({from: from.value, to: addDays(from.value,
        Number(days.value))})}`);
      const seats = answer.seats || [];
      learnZones(seats);
      showDone(loading, seats.length ? '' : 'No seats in this period.');
      const byDay = new Map();
      for (const seat of seats) {
        const zone = zoneOf(seat.hospitalId);
        const key = localDate(seat.start, zone);
        if (!byDay.has(key)) byDay.set(key, {title: day(seat.start, zone), seats: []});
        byDay.get(key).seats.push({...seat, zone});
      }
      fill(list, [...byDay.values()].map(d => h('section', {class: 'schedule-day'}, h('h3', {}, d.title),
        h('ul', {}, d.seats.map(s => h('li', {class: 'schedule-seat'},
          h('strong', {}, `${span(s.start, s.end, s.zone)} ${shortName(new Date(s.start), s.zone)}`), ' ',
          s.summary || [roleName(s.kind) !== 'Not yet planned' ? roleName(s.kind) : s.kind, s.procedureType,
            s.orRoom, s.hospitalName || s.hospitalId].filter(Boolean).join(' · ')))))));
    } catch (error) {
      showProblem(loading, error, 'Your schedule could not be loaded');
    }
  }

  async function createLink() {
    showBusy(linkStatus, 'Creating the link…');
    try {
      const created = await api(`${me}/calendar-links`, {method: 'POST'});
      const url = new URL(created.url, location.href).href;
      const input = h('input', {type: 'text', readonly: true, value: url, 'aria-label': 'Calendar link',
        class: 'copy-field', onfocus: e => e.target.select()});
      showDone(linkStatus, 'Link created.');
      fill(link, input, h('button', {type: 'button', onclick: async () => {
        try {
          await navigator.clipboard.writeText(url);
          showDone(linkStatus, 'Copied.');
        } catch {
          input.select();
          showDone(linkStatus, 'Select the link and copy it.');
        }
      }}, 'Copy'));
    } catch (error) {
      showProblem(linkStatus, error, 'No link was created');
    }
  }

  let loaded = false;
  return () => (loaded ? undefined : (loaded = true, load()));
}
