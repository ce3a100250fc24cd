import {h, fill, field, status, showBusy} from './dom.js';
import {api, showProblem} from './api.js';

let config;

/** Where to get a token and where the notifier is: GET /api/v1/sign-in (open); empty when it cannot be read. */
export async function signInConfig() {
  config ??= api('/api/v1/sign-in').catch(() => ({}));
  return config;
}

/**
 * The sign-in form: on the local stack (tokenUrl set) a username that the local identity provider turns into a
 * token; otherwise a field to paste a token from the hospital's identity provider.
 */
export async function renderSignIn(body, reason, done) {
  const note = reason ? h('p', {class: 'notice', role: 'status'}, reason) : null;
  fill(body, note, h('p', {class: 'busy'}, 'Loading…'));
  const {tokenUrl} = await signInConfig();
  const pasted = h('textarea', {name: 'token', rows: '4', autocomplete: 'off', spellcheck: 'false', required: true});
  const pasteForm = h('form', {class: 'stack', onsubmit: e => {
    e.preventDefault();
    done(pasted.value);
  }}, field('Access token', pasted, 'Paste the token your identity provider gave you.'),
  h('button', {type: 'submit', class: 'primary'}, 'Sign in with token'));
  if (!tokenUrl) {
    fill(body, note, pasteForm);
    return;
  }
  const username = h('input', {name: 'username', autocomplete: 'username', required: true, autocapitalize: 'none'});
  const result = status();
  const userForm = h('form', {class: 'stack', onsubmit: async e => {
    e.preventDefault();
    showBusy(result, 'Signing in…');
    try {
      const answer = await fetch(tokenUrl, {method: 'POST', body: new URLSearchParams({username: username.value}),
        headers: {'Content-Type': 'application/x-www-form-urlencoded'}});
      const json = await answer.json().catch(() => ({}));
      if (!answer.ok || !json.access_token) {
        throw new Error(json.error_description || json.detail || `the sign-in service answered ${answer.status}`);
      }
      done(json.access_token);
    } catch (error) {
      showProblem(result, error, 'Could not sign in');
    }
  }}, field('Username', username, 'On the local stack: a manager, perfusionist or admin name.'),
  h('button', {type: 'submit', class: 'primary'}, 'Sign in'), result);
  fill(body, note, userForm, h('details', {}, h('summary', {}, 'Use a token instead'), pasteForm));
}
