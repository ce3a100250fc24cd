import {h, fill, field} from './dom.js';
import {showProblem} from './api.js';
import {identity, signIn, signOut, department, chooseDepartment, onExpired} from './session.js';
import {renderSignIn} from './signin.js';
import {rosterView} from './roster.js';
import {onCallView} from './oncall.js';
import {scoreView} from './score.js';
import {publishView} from './publish.js';
import {scheduleView} from './schedule.js';
import {pagesView} from './pages.js';
import {swapsView} from './swaps.js';

/**
 * The page's frame: signs in, picks the department, and shows the views the caller's roles allow as tabs
 * (#roster, #on-call, ...). A view that fails shows its own error; the others keep working.
 */
const VIEWS = [
  {id: 'roster', title: 'Roster', fits: (who, d) => who.belongsTo(d), make: rosterView},
  {id: 'on-call', title: 'On call now', fits: (who, d) => who.belongsTo(d), make: onCallView},
  {id: 'score', title: 'Score', fits: (who, d) => who.belongsTo(d), make: scoreView},
  {id: 'publish', title: 'Publish', fits: (who, d) => who.manages(d), make: publishView},
  {id: 'schedule', title: 'My schedule', fits: who => !!who.perfusionistId, make: scheduleView},
  {id: 'pages', title: 'My pages', fits: who => !!who.perfusionistId, make: pagesView},
  {id: 'swaps', title: 'Swaps', fits: (who, d) => who.belongsTo(d), make: swapsView},
];

const built = new Map();

function start(message) {
  const who = identity();
  built.clear();
  fill(document.getElementById('views'));
  const nav = document.getElementById('views-nav');
  fill(nav);
  nav.hidden = true;
  if (!who || who.unreadable || who.expired) {
    signOut();
    const reason = who?.expired ? 'Your sign-in has expired: sign in again.'
      : who?.unreadable ? 'That token could not be read: paste the whole token.' : message;
    fill(document.getElementById('who'));
    renderSignIn(document.getElementById('sign-in-body'), reason, token => {
      signIn(token);
      start();
    });
    document.getElementById('sign-in').hidden = false;
    return;
  }
  document.getElementById('sign-in').hidden = true;
  renderWho(who);
  const dept = department(who);
  if (!dept) {
    showProblem(document.getElementById('views').appendChild(h('div')), new Error(who.isAdmin
      ? 'Choose a department above to see its roster.' : 'Your token names no department.'));
    return;
  }
  const views = VIEWS.filter(view => view.fits(who, dept));
  fill(nav, h('ul', {}, views.map(view => h('li', {},
    h('a', {href: `#${view.id}`, id: `tab-${view.id}`, 'data-view': view.id}, view.title)))));
  nav.hidden = false;
  const context = {who, department: dept};
  window.onhashchange = () => show(views, context, true);
  show(views, context, false);
}

function show(views, context, moveFocus) {
  const wanted = location.hash.slice(1);
  const view = views.find(v => v.id === wanted) || views[0];
  for (const v of views) {
    const tab = document.getElementById(`tab-${v.id}`);
    if (v === view) tab.setAttribute('aria-current', 'page');
    else tab.removeAttribute('aria-current');
  }
  if (!built.has(view.id)) {
    const section = h('section', {class: 'view', id: `view-${view.id}`, 'aria-labelledby': `title-${view.id}`},
      h('h2', {id: `title-${view.id}`, tabindex: '-1'}, view.title));
    document.getElementById('views').append(section);
    built.set(view.id, {section, refresh: view.make(section, context)});
  }
  for (const [id, entry] of built) entry.section.hidden = id !== view.id;
  const entry = built.get(view.id);
  Promise.resolve(entry.refresh?.()).catch(error => console.error(error));
  if (moveFocus) entry.section.querySelector('h2').focus();
}

function renderWho(who) {
  const roles = [...who.roles].map(r => r.toLowerCase()).join(', ') || 'no role';
  const dept = department(who);
  let chooser = null;
  if (who.isAdmin || who.departments.length > 1) {
    const input = who.departments.length > 1
      ? h('select', {name: 'department'}, who.departments.map(d => h('option', {value: d, selected: d === dept}, d)))
      : h('input', {name: 'department', value: dept || '', placeholder: 'e.g. demo-cardiac', autocomplete: 'off'});
    chooser = h('form', {class: 'inline', onsubmit: e => {
      e.preventDefault();
      chooseDepartment(input.value);
      start();
    }}, field('Department', input), h('button', {type: 'submit'}, 'Show'));
  }
  fill(document.getElementById('who'),
    h('span', {class: 'signed-in'}, h('strong', {}, who.subject), ` (${roles})`,
      dept && !chooser ? ` · ${dept}` : ''),
    chooser,
    h('button', {type: 'button', class: 'quiet', onclick: () => {
      signOut();
      location.hash = '';
      start('Signed out.');
    }}, 'Sign out'));
}

onExpired(message => start(message));
start();
