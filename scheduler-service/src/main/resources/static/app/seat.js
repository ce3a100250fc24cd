import {h, fill, field, status, showBusy, showDone} from './dom.js';
import {api, enc, query, showProblem} from './api.js';
import {zoneOf, dayTime, shortName} from './time.js';
import {known, loadPeople, unfilled} from './roster-data.js';
import {scoreText} from './score.js';

/**
 * One seat's details: when, where, who; the rules that concern it; and for managers a hand edit (choose who holds
 * it, with what each choice would cost or break) and pin / unpin. Refusals show the API's reason.
 */
export function showSeat(panel, seat, context, roster, reload, message) {
  const zone = zoneOf(seat.hospitalId);
  const heading = h('h3', {tabindex: '-1'}, `${seat.role} · ${seat.what}${seat.kind === 'case' ? ` · ${seat.room}` : ''}`);
  const result = status();
  const rules = h('div', {class: 'seat-rules'});
  fill(panel, h('div', {class: 'panel'}, heading,
    h('dl', {class: 'facts'},
      h('dt', {}, 'When'), h('dd', {}, `${dayTime(seat.start, zone)} to ${dayTime(seat.end, zone)} `,
        h('span', {class: 'muted'}, `(${zone}, ${shortName(new Date(seat.start), zone)})`)),
      h('dt', {}, 'Hospital'), h('dd', {}, seat.hospitalId),
      h('dt', {}, 'Held by'), h('dd', {class: unfilled(seat) ? 'unfilled-text' : ''},
        seat.personName || (seat.planned ? 'Nobody: UNFILLED' : 'Not yet planned')),
      h('dt', {}, 'Pinned'), h('dd', {}, seat.pinned ? 'Yes: the solver keeps this holder' : 'No'),
      h('dt', {}, 'Seat'), h('dd', {class: 'muted small'}, seat.seatId || 'none yet')),
    context.who.manages(context.department) && seat.seatId ? editor(seat, context, result, reloadAndShow) : null,
    result, rules,
    h('button', {type: 'button', class: 'quiet', onclick: () => fill(panel)}, 'Close')));
  if (message) showDone(result, message);
  heading.focus();
  if (seat.seatId) loadPeople(context.department).then(() => explain(rules, seat, context, roster));

  async function reloadAndShow(text) {
    await reload();
    const fresh = roster.seats.find(s => s.seatId === seat.seatId) || seat;
    showSeat(panel, fresh, context, roster, reload, text);
  }
}

function editor(seat, context, result, reloadAndShow) {
  const base = `/api/v1/departments/${enc(context.department)}/roster`;
  const person = h('select', {name: 'holder', required: true},
    h('option', {value: ''}, 'Choose a person…'),
    [...known.people].filter(([id]) => id !== seat.personId).map(([id, name]) => h('option', {value: id}, name)));
  const run = async (what, call, done) => {
    showBusy(result, `${what}…`);
    try {
      const answer = await call();
      await reloadAndShow(done(answer));
    } catch (error) {
      showProblem(result, error, `${what} refused`);
    }
  };
  const form = h('form', {class: 'stack hand-edit', onsubmit: e => {
    e.preventDefault();
    const name = person.selectedOptions[0]?.dataset.name || person.selectedOptions[0]?.textContent;
    run('Hand edit', () => api(`${base}/seat-holders`, {method: 'PUT',
      body: {seatId: seat.seatId, perfusionistId: person.value}}),
    answer => `${name} holds the seat now${answer?.pinned ? ' (pinned)' : ''}.${changes(answer)}`);
  }}, field('Give this seat to', person, 'The choice is checked against the hard rules; it is pinned.'),
  h('button', {type: 'submit', class: 'primary'}, 'Give seat'));
  const pin = seat.pinned
    ? h('button', {type: 'button', onclick: () => run('Unpin', () => api(`${base}/pins?${query({seatId: seat.seatId})}`,
      {method: 'DELETE'}), () => 'Unpinned: the solver may move this seat again.')}, 'Unpin')
    : h('button', {type: 'button', onclick: () => run('Pin', () => api(`${base}/pins`,
      {method: 'POST', body: {seatId: seat.seatId}}), () => 'Pinned: the solver keeps this holder.')}, 'Pin');
  form.dataset.seat = seat.seatId;
  return h('div', {class: 'manager-actions'}, form, h('div', {class: 'buttons'}, pin));
}

/** The score change a hand edit answered: negative is worse. */
function changes(answer) {
  const soft = answer?.softChange ?? answer?.softCostChange;
  const parts = [['hard', answer?.hardChange], ['medium', answer?.mediumChange], ['soft', soft]]
    .filter(([, value]) => value != null && value !== 0).map(([level, value]) => `${level} ${value > 0 ? '+' : ''}${value}`);
  return parts.length ? ` Score change: ${parts.join(', ')}.` : ' The score does not change.';
}

/** The rules that concern the seat, and each alternative's cost as the hand edit's choices. */
async function explain(node, seat, context, roster) {
  fill(node, h('p', {class: 'busy'}, 'Explaining this seat…'));
  try {
    const explanation = await api(`/api/v1/departments/${enc(context.department)}/roster/seats/explanation?${query({
      seat: seat.seatId, from: roster.from?.toISOString(), to: roster.to?.toISOString()})}`);
    fill(node, h('h4', {}, 'Rules for this seat'),
      explanation.matches.length ? h('ul', {class: 'matches'}, explanation.matches.map(m => h('li', {},
        h('strong', {}, m.rule), ` (${scoreText(m.score)})`, m.detail ? `: ${m.detail}` : '')))
        : h('p', {}, 'No rule is broken or rewarded by this seat.'));
    const select = node.closest('.panel')?.querySelector('select[name=holder]');
    if (select) offerAlternatives(select, explanation.alternatives, seat);
  } catch (error) {
    showProblem(node, error, 'The seat could not be explained');
  }
}

function offerAlternatives(select, alternatives, seat) {
  const chosen = select.value;
  fill(select, h('option', {value: ''}, 'Choose a person…'),
    alternatives.filter(a => a.perfusionistId && a.perfusionistId !== seat.personId).map(a => h('option',
      {value: a.perfusionistId, 'data-name': a.displayName, selected: a.perfusionistId === chosen},
      `${a.displayName}: ${!a.eligible ? 'not eligible' : a.feasible ? 'safe' : `breaks ${a.breaks.join(', ')}`}`
        + `, score ${scoreText(a.scoreDifference)}`)));
}
