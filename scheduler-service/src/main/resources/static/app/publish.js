import {h, fill, field, status, showBusy, showDone} from './dom.js';
import {api, enc, showProblem} from './api.js';
import {zoneOf, zoneNote, today, addDays, dayTime} from './time.js';

/**
 * Publishing a period of the roster (managers): first day, end day (not included) and a note. A refusal shows why
 * and every broken rule; a publication says its version, seats and how many people were told. Then the history.
 */
export function publishView(section, context) {
  const base = `/api/v1/departments/${enc(context.department)}/roster/publications`;
  const start = today(zoneOf());
  const firstDay = h('input', {type: 'date', name: 'firstDay', value: start, required: true});
  const endDay = h('input', {type: 'date', name: 'endDay', value: addDays(start, 7), required: true});
  const note = h('textarea', {name: 'note', rows: '2', maxlength: '500'});
  const result = status();
  result.classList.add('publish-result');
  const history = h('div', {class: 'publication-history'});
  const historyStatus = status();
  const form = h('form', {class: 'stack publish-form', onsubmit: async e => {
    e.preventDefault();
    showBusy(result, 'Publishing…');
    try {
      const published = await api(base, {method: 'POST',
        body: {firstDay: firstDay.value, endDay: endDay.value, note: note.value}});
      showDone(result, `Published version ${published.version}: ${published.firstDay} to ${published.endDay} `
        + `(end not included), ${published.seats} seats, ${published.notified} people notified.`);
      result.classList.add('ok', 'publish-result');
      loadHistory();
    } catch (error) {
      showProblem(result, error, 'Not published');
      result.classList.add('publish-result');
    }
  }},
  h('div', {class: 'row-fields'}, field('First day', firstDay),
    field('End day (not included)', endDay, 'The first day after the period.')),
  field('Note for the department (optional)', note),
  h('button', {type: 'submit', class: 'primary'}, 'Publish'));
  section.append(form, result, h('h3', {}, 'Published versions'), historyStatus, history);

  async function loadHistory() {
    showBusy(historyStatus, 'Loading the history…');
    try {
      const versions = await api(base);
      const zone = zoneOf();
      showDone(historyStatus, versions.length ? zoneNote() : 'Nothing published yet.');
      fill(history, versions.length ? h('div', {class: 'table-wrap'}, h('table', {},
        h('thead', {}, h('tr', {}, ['Version', 'Period', 'Published by', 'Published at', 'Note']
          .map(t => h('th', {scope: 'col'}, t)))),
        h('tbody', {}, versions.map(v => h('tr', {},
          h('th', {scope: 'row'}, v.version), h('td', {}, `${v.firstDay} to ${v.endDay} (end not included)`),
          h('td', {}, v.publishedBy), h('td', {}, v.publishedAt ? dayTime(v.publishedAt, zone) : ''),
          h('td', {}, v.note || '')))))) : null);
    } catch (error) {
      fill(history);
      showProblem(historyStatus, error, 'The history could not be loaded');
    }
  }

  let loaded = false;
  return () => {
    if (loaded) return;
    loaded = true;
    return loadHistory();
  };
}
