import {h} from './dom.js';
import {span, dayTime} from './time.js';
import {unfilled} from './roster-data.js';

/**
 * A roster as a timeline: one row per person or room, each seat a bar placed by its start and end in [from, to).
 * Every bar is a button that names the seat in full for screen readers; overlapping seats stack in lanes.
 *
 * @param rows [{key, label, seats, unfilledRow}]
 * @param ticks [{at, label}] marks on the time axis
 * @param barText seat -> the bar's short text
 */
export function timeline({rows, from, to, zone, ticks, label, barText, onPick, wide}) {
  const total = to - from;
  const percent = at => `${Math.max(0, Math.min(100, ((at - from) / total) * 100))}%`;
  const axis = h('div', {class: 'tl-row tl-axis', 'aria-hidden': 'true'}, h('div', {class: 'tl-head'}),
    h('div', {class: 'tl-track'}, ticks.map(tick =>
      h('span', {class: 'tl-tick', style: {left: percent(tick.at)}}, tick.label))));
  const now = Date.now();
  const nowLine = now > from && now < to ? h('div', {class: 'tl-now', style: {left: percent(now)}, title: 'Now'}) : null;
  const body = rows.map(row => {
    const lanes = placeInLanes(row.seats);
    const headId = `row-${row.key.replace(/[^a-zA-Z0-9-]/g, '_')}`;
    return h('div', {class: `tl-row${row.unfilledRow ? ' tl-unfilled-row' : ''}`, role: 'group',
      'aria-labelledby': headId, 'data-row': row.label},
    h('div', {class: 'tl-head', id: headId}, row.label),
    h('div', {class: 'tl-track', style: {height: `calc(${Math.max(1, lanes.count)} * var(--lane))`}},
      ticks.map(tick => h('span', {class: 'tl-grid-line', style: {left: percent(tick.at)}})),
      nowLine?.cloneNode(),
      row.seats.map(seat => bar(seat, lanes.of.get(seat), percent, from, to, zone, barText, onPick))));
  });
  return h('div', {class: 'timeline', role: 'region', 'aria-label': label, tabindex: '0'},
    h('div', {class: `tl-grid${wide ? ' tl-wide' : ''}`}, axis, body));
}

function bar(seat, lane, percent, from, to, zone, barText, onPick) {
  const start = Math.max(seat.start, from);
  const end = Math.min(seat.end, to);
  const open = unfilled(seat);
  const classes = ['bar', `bar-${seat.kind}`, open && 'unfilled', !seat.planned && 'unplanned', seat.pinned && 'pinned',
    seat.cancelled && 'cancelled'].filter(Boolean).join(' ');
  const holder = open ? 'UNFILLED' : seat.personName || 'not yet planned';
  const full = `${seat.role} · ${seat.what}${seat.kind === 'case' ? ` · ${seat.room}` : ''} · ${holder} · `
    + `${dayTime(seat.start, zone)} to ${dayTime(seat.end, zone)}${seat.pinned ? ' · pinned' : ''}`
    + `${seat.cancelled ? ' · cancelled' : ''}`;
  return h('button', {
    type: 'button', class: classes, title: full, 'aria-label': full, 'data-seat': seat.seatId || '',
    'data-person': seat.personId || '', 'data-kind': seat.kind,
    style: {left: percent(start), width: `max(0.6%, calc(${percent(end)} - ${percent(start)}))`,
      top: `calc(${lane} * var(--lane))`},
    onclick: () => onPick(seat),
  }, open ? h('span', {class: 'bar-alarm'}, '⚠ UNFILLED') : null,
  h('span', {class: 'bar-time'}, span(seat.start, seat.end, zone)),
  h('span', {class: 'bar-text'}, seat.pinned ? '📌 ' : '', barText(seat)));
}

/** Lanes so that no two seats of a row overlap: each seat takes the first lane free at its start. */
function placeInLanes(seats) {
  const ends = [];
  const of = new Map();
  for (const seat of [...seats].sort((a, b) => a.start - b.start)) {
    let lane = ends.findIndex(end => end <= seat.start);
    if (lane < 0) lane = ends.length;
    ends[lane] = seat.end;
    of.set(seat, lane);
  }
  return {count: ends.length, of};
}
