import {h, fill, field, status, showBusy, showDone} from './dom.js';
import {api, enc, showProblem} from './api.js';
import {known, loadPeople} from './roster-data.js';

/**
 * Swap and cover requests: a perfusionist asks a colleague to swap seats or to cover theirs, the colleague
 * accepts (PROPOSED -> ACCEPTED), a manager approves or declines with a reason; the requester may withdraw. OnPump checks each against the hard rules and says why not.
 */
export function swapsView(section, context) {
  const base = `/api/v1/departments/${enc(context.department)}/swap-requests`;
  const loading = status();
  const list = h('div', {class: 'swap-list'});
  const people = h('datalist', {id: 'swap-people'});
  section.append(loading, list, context.who.perfusionistId ? requestForm() : null, people);

  function requestForm() {
    const kind = h('select', {name: 'kind'}, h('option', {value: 'SWAP'}, 'Swap: we exchange seats'),
      h('option', {value: 'COVER'}, 'Cover: a colleague takes my seat'));
    const seatId = h('input', {name: 'seatId', required: true, autocomplete: 'off'});
    const colleagueId = h('input', {name: 'colleagueId', required: true, list: 'swap-people', autocomplete: 'off'});
    const colleagueSeatId = h('input', {name: 'colleagueSeatId', autocomplete: 'off'});
    const result = status();
    return h('form', {class: 'stack panel', onsubmit: async e => {
      e.preventDefault();
      showBusy(result, 'Sending the request…');
      try {
        await api(base, {method: 'POST', body: {kind: kind.value, seatId: seatId.value, colleagueId: colleagueId.value,
          colleagueSeatId: kind.value === 'SWAP' ? colleagueSeatId.value : null}});
        showDone(result, 'Request sent.');
        load();
      } catch (error) {
        showProblem(result, error, 'Request refused');
      }
    }}, h('h3', {}, 'Ask for a swap or cover'), field('Kind', kind),
    field('My seat', seatId, 'The seat id, as the roster shows it when you choose a seat.'),
    field('Colleague', colleagueId, 'Their perfusionist id.'),
    field('Their seat (swap only)', colleagueSeatId),
    h('button', {type: 'submit', class: 'primary'}, 'Send request'), result);
  }

  async function load() {
    showBusy(loading, 'Loading requests…');
    await loadPeople(context.department);
    fill(people, [...known.people].map(([id, name]) => h('option', {value: id}, name)));
    try {
      const requests = await api(base);
      showDone(loading, requests.length ? '' : 'No swap or cover requests.');
      fill(list, requests.map(request));
    } catch (error) {
      fill(list);
      showProblem(loading, error, 'Swap requests could not be loaded');
    }
  }

  function request(r) {
    const result = status();
    const proposed = r.status === 'PROPOSED';
    const accepted = r.status === 'ACCEPTED';
    const act = (what, path, body) => async () => {
      showBusy(result, `${what}…`);
      try {
        await api(`${base}/${enc(r.id)}/${path}`, {method: 'POST', body});
        await load();
      } catch (error) {
        showProblem(result, error, `${what} refused`);
      }
    };
    const reason = h('input', {name: 'reason', autocomplete: 'off'});
    const name = id => known.people.get(id) || id;
    return h('article', {class: 'panel swap', 'data-swap': r.id},
      h('h3', {}, `${r.kind === 'COVER' ? 'Cover' : 'Swap'}: ${r.status}`),
      h('p', {}, `${name(r.requestedBy)} asks ${name(r.colleagueId)} to ${r.kind === 'COVER' ? 'cover' : 'swap'} `
        + `seat ${r.seatId}${r.colleagueSeatId ? ` for seat ${r.colleagueSeatId}` : ''}.`),
      r.reason ? h('p', {}, `Reason: ${r.reason}`) : null,
      proposed && context.who.perfusionistId === r.colleagueId
        ? h('button', {type: 'button', class: 'primary', onclick: act('Accept', 'acceptance', {})}, 'Accept') : null,
      (proposed || accepted) && context.who.perfusionistId === r.requestedBy
        ? h('button', {type: 'button', onclick: act('Withdrawal', 'withdrawal', {})}, 'Withdraw') : null,
      accepted && context.who.manages(context.department) ? h('div', {class: 'stack'}, field('Reason', reason),
        h('div', {class: 'buttons'},
          h('button', {type: 'button', class: 'primary', onclick: () => act('Approval', 'decision',
            {approve: true, reason: reason.value})()}, 'Approve'),
          h('button', {type: 'button', onclick: () => act('Decline', 'decision',
            {approve: false, reason: reason.value})()}, 'Decline'))) : null,
      result);
  }

  return load;
}
