import {h, fill} from './dom.js';
import {bearer, expireSession} from './session.js';

/** A refused or failed call: the API's problem+json (title, detail, errors, brokenRules) as the user should read it. */
export class ApiError extends Error {
  constructor(status, problem, fallback) {
    super(problem.detail || fallback);
    this.status = status;
    this.title = problem.title || (status ? `HTTP ${status}` : 'No answer');
    this.detail = problem.detail || fallback;
    this.errors = Array.isArray(problem.errors) ? problem.errors : [];
    this.brokenRules = Array.isArray(problem.brokenRules) ? problem.brokenRules : [];
    this.problem = problem;
  }
}

/**
 * Calls OnPump's API (or the notifier's, with {@code base}) with the signed-in bearer token; answers the JSON body,
 * or throws an ApiError carrying the problem's detail.
 */
export async function api(path, {method = 'GET', body, base = ''} = {}) {
  const headers = {Accept: 'application/json, application/problem+json'};
  const token = bearer();
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(base + path, {method, headers, body: body === undefined ? undefined : JSON.stringify(body)});
  } catch (e) {
    throw new ApiError(0, {}, `Could not reach ${base || 'OnPump'} (${e.message}). Check the connection and retry.`);
  }
  const text = await response.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  if (response.ok) return json;
  const problem = json && typeof json === 'object' ? json : {};
  if (response.status === 401) expireSession();
  throw new ApiError(response.status, problem, fallbackDetail(response.status, path, problem));
}

function fallbackDetail(status, path, problem) {
  if (status === 401) return 'Your sign-in is missing or has expired: sign in again.';
  if (status === 403) return 'You are not allowed to see or do this.';
  if (status === 404) return `This part of OnPump is not available on this server (${path.split('?')[0]}).`;
  return `${problem.title || 'The server answered'} ${status}.`;
}

/** Whether an error means the endpoint itself is missing (not deployed yet), not a missing thing it looked for. */
export function endpointMissing(error) {
  return error instanceof ApiError && error.status === 404 && /^No static resource/.test(error.problem.detail || '');
}

/** Shows what went wrong in {@code node}: the detail, each bad field and each broken rule with its reason. */
export function showProblem(node, error, lead) {
  const apiError = error instanceof ApiError ? error : new ApiError(0, {}, String(error?.message || error));
  const detail = endpointMissing(apiError)
    ? `This part of OnPump is not available on this server yet (${apiError.problem.instance || 'endpoint missing'}).`
    : apiError.detail;
  node.className = 'status problem';
  node.setAttribute('role', 'alert');
  return fill(node,
    h('p', {class: 'problem-title'}, lead ? `${lead}: ` : '', h('span', {class: 'problem-detail'}, detail)),
    apiError.errors.length ? h('ul', {class: 'field-errors'},
      apiError.errors.map(e => h('li', {}, h('strong', {}, e.field), ': ', e.message))) : null,
    apiError.brokenRules.length ? h('ul', {class: 'broken-rules', 'aria-label': 'Broken rules'},
      apiError.brokenRules.map(brokenRule)) : null);
}

function brokenRule(rule) {
  const where = [rule.seatId && `seat ${rule.seatId}`, rule.perfusionistId && `person ${rule.perfusionistId}`]
    .filter(Boolean).join(', ');
  return h('li', {class: 'broken-rule'}, h('strong', {}, rule.rule || 'Rule'),
    rule.reason && rule.reason !== rule.rule ? `: ${rule.reason}` : '', where ? h('span', {class: 'muted'}, ` (${where})`) : null);
}

/** Query string from an object, skipping empty values. */
export function query(params) {
  const search = new URLSearchParams();
  Object.entries(params).forEach(([k, v]) => v != null && v !== '' && search.set(k, v));
  return search.toString();
}

export const enc = encodeURIComponent;
