import {h, fill, field, status, showBusy, showDone} from './dom.js';
import {api, enc, query, showProblem} from './api.js';
import {zoneOf, zoneNote, today, addDays, instantAt, day} from './time.js';

/** "hard 0 · medium -1 · soft -35" */
export function scoreText(score) {
  return `hard ${score.hard} · medium ${score.medium} · soft ${score.soft}`;
}

/**
 * The stored roster's score for a period, explained: hard (safety), medium (required seats left unfilled), soft
 * (goals), each rule the solver applied with its share, broken rules first, and each person's share.
 */
export function scoreView(section, context) {
  const first = h('input', {type: 'date', name: 'score-first-day', value: today(zoneOf()), required: true});
  const days = h('select', {name: 'score-days'}, [1, 7, 14, 28].map(n =>
    h('option', {value: n, selected: n === 7}, n === 1 ? '1 day' : `${n} days`)));
  const loading = status();
  const result = h('div', {class: 'score-result'});
  section.append(h('form', {class: 'controls', onsubmit: e => {
    e.preventDefault();
    load();
  }}, field('First day', first), field('Period', days), h('button', {type: 'submit', class: 'primary'}, 'Explain')),
  loading, result);
  let loaded = false;

  async function load() {
    loaded = true;
    const zone = zoneOf();
    const from = instantAt(first.value, zone);
    const to = instantAt(addDays(first.value, Number(days.value)), zone);
    showBusy(loading, 'Scoring the roster…');
    fill(result);
    try {
      const explanation = await api(`/api/v1/departments/${enc(context.department)}/roster/explanation?${query({
        from: from.toISOString(), to: to.toISOString()})}`);
      showDone(loading);
      fill(result, render(explanation, zone, from, to));
    } catch (error) {
      showProblem(loading, error, 'The score could not be loaded');
    }
  }
  return () => (loaded ? Promise.resolve() : load());
}

function render(explanation, zone, from, to) {
  const {score} = explanation;
  const safe = score.hard >= 0;
  return [
    h('p', {class: 'zone-note'}, `${day(from, zone)} to ${day(to - 1, zone)}. ${zoneNote()}.`),
    h('p', {class: `verdict ${safe ? 'ok' : 'bad'}`, role: safe ? null : 'alert'}, safe
      ? `Safe: no hard rule is broken. ${explanation.filledSeats} of ${explanation.seats} seats filled.`
      : `UNSAFE: hard rules are broken. ${explanation.filledSeats} of ${explanation.seats} seats filled.`),
    h('dl', {class: 'score-cards'},
      card('Hard (safety)', score.hard, 'hard', score.hard < 0),
      card('Medium (unfilled seats)', score.medium, 'medium', score.medium < 0),
      card('Soft (goals)', score.soft, 'soft', false)),
    h('h3', {}, 'Rules'),
    explanation.rules.length ? h('div', {class: 'table-wrap'}, h('table', {class: 'rules'},
      h('caption', {class: 'sr-only'}, 'Each rule’s part of the score, broken rules first'),
      h('thead', {}, h('tr', {}, ['Rule', 'Hard', 'Medium', 'Soft', 'Matches', 'What it means']
        .map(t => h('th', {scope: 'col'}, t)))),
      h('tbody', {}, explanation.rules.map(rule => h('tr', {class: broken(rule.score) ? 'broken' : ''},
        h('th', {scope: 'row'}, rule.rule), h('td', {}, rule.score.hard), h('td', {}, rule.score.medium),
        h('td', {}, rule.score.soft), h('td', {}, rule.matches), h('td', {}, meaning(rule)))))))
      : h('p', {}, 'No rule matched: nothing to explain.'),
    explanation.perfusionists.length ? h('details', {class: 'people-scores'},
      h('summary', {}, `Each person’s share (${explanation.perfusionists.length})`),
      h('ul', {}, explanation.perfusionists.map(person => h('li', {},
        h('strong', {}, person.displayName || person.perfusionistId), `: ${scoreText(person.score)}`,
        h('ul', {}, person.rules.map(rule => h('li', {}, `${rule.rule}: ${scoreText(rule.score)} `
          + `(${rule.matches}×)`))))))) : null,
  ];
}

function card(title, value, key, bad) {
  return h('div', {class: `score-card${bad ? ' bad' : ''}`, 'data-score': key},
    h('dt', {}, title), h('dd', {class: 'score-value'}, String(value)));
}

function broken(score) {
  return score.hard < 0 || score.medium < 0;
}

function meaning(rule) {
  const {hard, medium, soft} = rule.score;
  if (hard < 0) return `BROKEN safety rule, ${rule.matches} time(s): the roster is unsafe until it is fixed.`;
  if (medium < 0) return `BROKEN: ${rule.matches} required seat(s) left without anyone.`;
  if (soft < 0) return `A goal missed ${rule.matches} time(s), costing ${-soft}.`;
  if (soft > 0) return `A goal met ${rule.matches} time(s), earning ${soft}.`;
  return 'Kept.';
}
