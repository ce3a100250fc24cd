import {api, enc, query} from './api.js';
import {learnZones} from './time.js';

/** What the page has learnt about the department from its rosters: its hospitals and its people (id -> name). */
export const known = {hospitals: new Set(), people: new Map()};

const ROLES = {
  PRIMARY: 'Primary', SECOND: 'Second', STUDENT: 'Student', STANDBY: 'Stand-by',
  FIRST_CALL: 'First call', SECOND_CALL: 'Second call',
};

let staff;

/** The department's people (GET .../perfusionists), once per page; a failure leaves what the rosters named. */
export function loadPeople(department) {
  staff ??= api(`/api/v1/departments/${enc(department)}/perfusionists`)
    .then(people => people.forEach(p => known.people.set(p.id, p.displayName || p.id)))
    .catch(() => undefined);
  return staff;
}

export function roleName(role) {
  return ROLES[role] || 'Not yet planned';
}

/**
 * The department's seats touching [from, to): case seats and on-call seats as one list, each
 * {seatId, kind, role, hospitalId, room, what, start, end, personId, personName, pinned, cancelled}. A part that
 * fails is reported in problems; the other part is still shown.
 */
export async function loadSeats(department, from, to) {
  const range = query({from: from.toISOString(), to: to.toISOString()});
  const base = `/api/v1/departments/${enc(department)}`;
  const [cases, onCall] = await Promise.allSettled([
    api(`${base}/assignments?${range}`), api(`${base}/on-call?${range}`)]);
  const seats = [];
  const problems = [];
  if (cases.status === 'fulfilled') {
    learnZones(cases.value.assignments);
    seats.push(...cases.value.assignments.map(caseSeat));
  } else {
    problems.push({what: 'Case seats', error: cases.reason});
  }
  if (onCall.status === 'fulfilled') {
    learnZones(onCall.value.onCall);
    seats.push(...onCall.value.onCall.map(onCallSeat));
  } else {
    problems.push({what: 'On-call seats', error: onCall.reason});
  }
  for (const seat of seats) {
    known.hospitals.add(seat.hospitalId);
    if (seat.personId) known.people.set(seat.personId, seat.personName || seat.personId);
  }
  seats.sort((a, b) => a.start - b.start);
  return {seats, problems};
}

function caseSeat(a) {
  return {
    seatId: a.seatId, kind: 'case', role: roleName(a.role), hospitalId: a.hospitalId, room: a.orRoom || 'No room',
    what: a.procedureType, start: Date.parse(a.plannedStart), end: Date.parse(a.plannedEnd),
    personId: a.perfusionistId, personName: a.perfusionistName || a.perfusionistId, pinned: !!a.pinned,
    cancelled: a.status === 'CANCELLED', planned: !!a.role,
  };
}

function onCallSeat(s) {
  return {
    seatId: s.seatId, kind: 'on-call', role: roleName(s.role), hospitalId: s.hospitalId,
    room: s.role === 'FIRST_CALL' ? 'On call: first' : 'On call: second', what: 'On call',
    start: Date.parse(s.start), end: Date.parse(s.end), personId: s.perfusionistId,
    personName: s.perfusionistName || s.perfusionistId, pinned: !!s.pinned, cancelled: false, planned: true,
  };
}

/** Whether the seat still needs someone: planned, not cancelled, and nobody holds it. */
export function unfilled(seat) {
  return seat.planned && !seat.cancelled && !seat.personId;
}
