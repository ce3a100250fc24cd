import {h, fill, status, showBusy, showDone} from './dom.js';
import {api, enc, showProblem} from './api.js';
import {zoneOf, dayTime, shortName} from './time.js';
import {signInConfig} from './signin.js';

/** The pages that reached the perfusionist (from the notifier), newest first, each open one with Acknowledge. */
export function pagesView(section, context) {
  const me = context.who.perfusionistId;
  const loading = status();
  const list = h('ul', {class: 'pages-list'});
  section.append(h('div', {class: 'buttons'}, h('button', {type: 'button', class: 'primary', onclick: () => load()},
    'Refresh')), loading, list);

  async function load() {
    showBusy(loading, 'Loading your pages…');
    const {notifierUrl} = await signInConfig();
    if (!notifierUrl) {
      fill(list);
      return showProblem(loading, new Error('OnPump did not say where its notifier is (GET /api/v1/sign-in), so '
        + 'your pages cannot be shown here.'), 'Pages unavailable');
    }
    try {
      const pages = await api(`/api/v1/perfusionists/${enc(me)}/pages`, {base: notifierUrl});
      showDone(loading, pages.length ? '' : 'No pages reached you.');
      fill(list, pages.map(page => item(page, notifierUrl)));
    } catch (error) {
      fill(list);
      showProblem(loading, error, 'Your pages could not be loaded');
    }
  }

  function item(page, notifierUrl) {
    const id = page.pageId || page.id;
    const zone = zoneOf(page.hospitalId);
    const result = status();
    const open = page.status !== 'ACKNOWLEDGED'; // OPEN, or EXHAUSTED (nobody answered: still acknowledgeable)
    const opened = page.openedAt || page.createdAt;
    const text = page.summary || page.subject;
    return h('li', {class: `panel page-item${open ? ' open' : ''}`, 'data-page': id},
      h('h3', {}, `${page.kind || 'Page'}: ${page.status || ''}`),
      opened ? h('p', {}, `${dayTime(opened, zone)} ${shortName(new Date(opened), zone)}`) : null,
      text ? h('p', {}, text) : null,
      page.acknowledgedBy ? h('p', {}, `Acknowledged by ${page.acknowledgedBy}`) : null,
      open ? h('button', {type: 'button', class: 'primary big', onclick: async () => {
        showBusy(result, 'Acknowledging…');
        try {
          await api(`/api/v1/pages/${enc(id)}/acknowledgements`, {method: 'POST', base: notifierUrl,
            body: {perfusionistId: me}});
          await load();
        } catch (error) {
          showProblem(result, error, 'Not acknowledged');
        }
      }}, 'Acknowledge') : null, result);
  }

  return load;
}
