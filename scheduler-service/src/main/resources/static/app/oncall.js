import {h, fill, status, showBusy, showDone} from './dom.js';
import {api, enc, showProblem} from './api.js';
import {zoneOf, dayTime, shortName, time} from './time.js';
import {known, loadSeats} from './roster-data.js';

const DAY = 24 * 3600 * 1000;

/**
 * Who is on call now at each of the department's hospitals: first call, second call and the chief, with how to
 * reach them (call, text, email) as big links. Hospitals are the ones the department's rosters name.
 */
export function onCallView(section, context) {
  const loading = status();
  const cards = h('div', {class: 'on-call-cards'});
  section.append(h('div', {class: 'buttons'}, h('button', {type: 'button', class: 'primary', onclick: () => load()},
    'Refresh')), loading, cards);

  async function load() {
    showBusy(loading, 'Finding who is on call…');
    const now = Date.now();
    const {problems} = await loadSeats(context.department, new Date(now - 2 * DAY), new Date(now + 14 * DAY));
    if (!known.hospitals.size) {
      fill(cards);
      if (problems.length) return showProblem(loading, problems[0].error, 'The department could not be read');
      return showDone(loading, 'No hospital has seats on this department’s roster in the next two weeks.');
    }
    showDone(loading);
    fill(cards, [...known.hospitals].sort().map(hospital => {
      const card = h('article', {class: 'panel on-call-card', 'data-hospital': hospital, 'aria-busy': 'true'},
        h('h3', {}, hospital), h('p', {class: 'busy'}, 'Loading…'));
      show(card, hospital);
      return card;
    }));
  }

  async function show(card, hospital) {
    try {
      const now = await api(`/api/v1/hospitals/${enc(hospital)}/departments/${enc(context.department)}/on-call/now`);
      const zone = zoneOf(hospital);
      fill(card, h('h3', {}, hospital),
        h('p', {class: 'muted'}, `As of ${time(now.at, zone)} ${shortName(new Date(now.at), zone)} (${zone})`),
        person('First call', now.firstCall, zone, 'first-call'),
        person('Second call', now.secondCall, zone, 'second-call'),
        person('Chief perfusionist', now.chief, zone, 'chief'));
    } catch (error) {
      fill(card, h('h3', {}, hospital), showProblem(h('div'), error, 'Who is on call could not be read'));
    }
    card.removeAttribute('aria-busy');
  }

  return load;
}

function person(title, who, zone, key) {
  if (!who) {
    return h('section', {class: `on-call-person ${key} nobody`, 'data-role': key}, h('h4', {}, title),
      h('p', {class: 'person-name'}, key === 'chief' ? 'None named' : 'Nobody: no on-call seat covers now, or it is '
        + 'unfilled (weekday daytime is covered by the day’s roster).'));
  }
  return h('section', {class: `on-call-person ${key}`, 'data-role': key}, h('h4', {}, title),
    h('p', {class: 'person-name'}, who.displayName || who.perfusionistId),
    who.until ? h('p', {}, `Until ${dayTime(who.until, zone)} ${shortName(new Date(who.until), zone)}`) : null,
    h('div', {class: 'contact-links'}, (who.contactMethods || []).map(contact)));
}

function contact(method) {
  const kinds = {SMS: ['sms:', 'Text'], VOICE: ['tel:', 'Call'], EMAIL: ['mailto:', 'Email']};
  const [scheme, verb] = kinds[method.kind] || [];
  if (!scheme) return h('span', {class: 'contact'}, `${method.kind.toLowerCase()} (through OnPump)`);
  const links = [h('a', {class: 'contact button', href: scheme + method.address}, `${verb} ${method.address}`)];
  if (method.kind === 'SMS') links.push(h('a', {class: 'contact button', href: `tel:${method.address}`}, `Call ${method.address}`));
  return links;
}
