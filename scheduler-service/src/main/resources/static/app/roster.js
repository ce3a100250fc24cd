import {h, fill, field, status, showBusy, showDone} from './dom.js';
import {showProblem} from './api.js';
import {zoneOf, zoneNote, today, addDays, instantAt, time, day} from './time.js';
import {loadSeats, unfilled} from './roster-data.js';
import {timeline} from './timeline.js';
import {showSeat} from './seat.js';

/**
 * The roster of a day or a week as a timeline, by person or by room (OR rooms and on-call), unfilled seats marked.
 * Choosing a seat opens its details (and, for managers, hand edit and pin).
 */
export function rosterView(section, context) {
  const state = {date: today(zoneOf()), span: 'day', mode: 'person', seats: [], from: null, to: null};
  const date = h('input', {type: 'date', name: 'roster-day', value: state.date, required: true});
  const spanChoice = choice('roster-span', 'Show', [['day', 'Day'], ['week', 'Week']], state.span);
  const modeChoice = choice('roster-mode', 'Rows', [['person', 'By person'], ['room', 'By room']], state.mode);
  const loading = status();
  const note = h('p', {class: 'zone-note'});
  const summary = h('p', {class: 'summary', 'aria-live': 'polite'});
  const board = h('div', {class: 'board'});
  const details = h('div', {class: 'seat-details', 'aria-live': 'polite'});
  const step = days => () => {
    date.value = addDays(date.value || state.date, state.span === 'week' ? 7 * days : days);
    load();
  };
  const form = h('form', {class: 'controls', onsubmit: e => {
    e.preventDefault();
    load();
  }}, field('First day', date),
  h('div', {class: 'buttons'}, h('button', {type: 'button', onclick: step(-1), 'aria-label': 'Earlier'}, '◀'),
    h('button', {type: 'submit', class: 'primary'}, 'Show'),
    h('button', {type: 'button', onclick: step(1), 'aria-label': 'Later'}, '▶'),
    h('button', {type: 'button', onclick: () => {
      date.value = today(zoneOf());
      load();
    }}, 'Today')),
  spanChoice.node, modeChoice.node);
  spanChoice.onChange(value => {
    state.span = value;
    load();
  });
  modeChoice.onChange(value => {
    state.mode = value;
    render();
  });
  section.append(form, note, loading, summary, board, details);

  async function load() {
    state.date = date.value || today(zoneOf());
    const zone = zoneOf();
    state.from = instantAt(state.date, zone);
    state.to = instantAt(addDays(state.date, state.span === 'week' ? 7 : 1), zone);
    showBusy(loading, 'Loading the roster…');
    const {seats, problems} = await loadSeats(context.department, state.from, state.to);
    if (zoneOf() !== zone) return load(); // the answers named the hospital's zone: redraw the days in it
    state.seats = seats;
    state.failed = problems.length === 2;
    showDone(loading);
    if (problems.length) {
      const box = h('div');
      loading.append(box);
      problems.forEach(p => box.append(showProblem(h('div'), p.error, `${p.what} could not be loaded`)));
    }
    render();
  }

  function render() {
    const zone = zoneOf();
    const open = state.seats.filter(unfilled).length;
    fill(note, zoneNote(state.seats[0]?.hospitalId));
    if (state.failed) {
      fill(summary);
      fill(board);
      return;
    }
    fill(summary, `${state.seats.length} seats`, open
      ? h('strong', {class: 'unfilled-count'}, ` · ${open} unfilled`) : ' · all filled');
    const rows = state.mode === 'person' ? byPerson(state.seats) : byRoom(state.seats);
    const ticks = state.span === 'week'
      ? [...Array(7).keys()].map(i => ({at: instantAt(addDays(state.date, i), zone), label: null}))
        .map(t => ({...t, label: day(t.at, zone)}))
      : [0, 3, 6, 9, 12, 15, 18, 21].map(hour => instantAt(state.date, zone, hour))
        .map(at => ({at, label: time(at, zone)}));
    const label = `Roster ${state.mode === 'person' ? 'by person' : 'by room'}, ${state.span} from ${day(state.from, zone)}`;
    fill(board, rows.length ? timeline({rows, from: +state.from, to: +state.to, zone, ticks, label,
      wide: state.span === 'week', onPick: seat => showSeat(details, seat, context, state, load),
      barText: state.mode === 'person'
        ? seat => `${seat.role} · ${seat.what}${seat.kind === 'case' ? ` · ${seat.room}` : ''}`
        : seat => `${seat.personName || (seat.planned ? 'UNFILLED' : 'not yet planned')} · ${seat.role}`})
      : h('p', {class: 'empty'}, 'No seats in this period.'));
    scrollToWork();
  }

  /** On a narrow screen, brings now (or the first case) into view rather than midnight. */
  function scrollToWork() {
    const scroller = board.querySelector('.timeline');
    const track = scroller?.querySelector('.tl-track');
    const now = Date.now();
    const at = now > state.from && now < state.to ? now : state.seats.find(s => s.kind === 'case')?.start;
    if (!track || !at || scroller.scrollWidth <= scroller.clientWidth) return;
    const left = track.getBoundingClientRect().left - scroller.getBoundingClientRect().left + scroller.scrollLeft;
    const head = scroller.querySelector('.tl-head').offsetWidth;
    const fraction = (Math.max(at, +state.from) - state.from) / (state.to - state.from);
    scroller.scrollLeft = Math.max(0, left + fraction * track.offsetWidth - head - 16);
  }

  return () => (state.from ? Promise.resolve() : load());
}

function byPerson(seats) {
  const rows = new Map();
  for (const seat of seats) {
    const key = seat.personId || '';
    if (!rows.has(key)) {
      rows.set(key, {key: key || 'unfilled', label: key ? seat.personName : 'Unfilled seats', seats: [],
        unfilledRow: !key});
    }
    rows.get(key).seats.push(seat);
  }
  return [...rows.values()].sort((a, b) => (b.unfilledRow - a.unfilledRow) || a.label.localeCompare(b.label));
}

function byRoom(seats) {
  const hospitals = new Set(seats.map(s => s.hospitalId));
  const rows = new Map();
  for (const seat of seats) {
    const key = `${seat.hospitalId}|${seat.kind}|${seat.room}`;
    if (!rows.has(key)) {
      rows.set(key, {key, label: hospitals.size > 1 ? `${seat.room} (${seat.hospitalId})` : seat.room, seats: [],
        order: seat.kind === 'case' ? 0 : 1});
    }
    rows.get(key).seats.push(seat);
  }
  return [...rows.values()].sort((a, b) => (a.order - b.order) || a.label.localeCompare(b.label));
}

/** A set of radio buttons shown as a segmented switch. */
function choice(name, legend, options, selected) {
  const inputs = options.map(([value, text]) => h('label', {class: 'segment'},
    h('input', {type: 'radio', name, value, checked: value === selected}), h('span', {}, text)));
  const node = h('fieldset', {class: 'segmented'}, h('legend', {}, legend), h('div', {class: 'segments'}, inputs));
  return {node, onChange: listener => node.addEventListener('change', e => listener(e.target.value))};
}
