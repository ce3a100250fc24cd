/**
 * Who is signed in: the bearer token kept in this tab's sessionStorage and what its payload says (roles,
 * departments, perfusionist_id). The browser only reads the payload to choose views; OnPump verifies every call.
 */
const TOKEN = 'onpump.token';
const DEPARTMENT = 'onpump.department';
const listeners = new Set();

export function bearer() {
  return sessionStorage.getItem(TOKEN);
}

export function signIn(token) {
  sessionStorage.setItem(TOKEN, token.trim().replace(/^Bearer\s+/i, ''));
}

export function signOut() {
  sessionStorage.removeItem(TOKEN);
  sessionStorage.removeItem(DEPARTMENT);
}

/** The API refused the token (401): forget it and ask for a new one. */
export function expireSession() {
  if (!bearer()) return;
  sessionStorage.removeItem(TOKEN);
  listeners.forEach(listener => listener('Your sign-in has expired or was refused: sign in again.'));
}

export function onExpired(listener) {
  listeners.add(listener);
}

/** The signed-in caller, or null (no token, unreadable, or expired: {expired: true}). */
export function identity() {
  const token = bearer();
  if (!token) return null;
  const claims = payload(token);
  if (!claims) return {unreadable: true};
  const roles = new Set(list(claims.roles).map(role => role.toUpperCase()));
  const departments = list(claims.departments);
  return {
    subject: claims.sub || 'someone',
    roles,
    departments,
    perfusionistId: typeof claims.perfusionist_id === 'string' && claims.perfusionist_id ? claims.perfusionist_id : null,
    expired: typeof claims.exp === 'number' && claims.exp * 1000 < Date.now(),
    isAdmin: roles.has('ADMIN'),
    manages: department => roles.has('ADMIN') || (roles.has('MANAGER') && departments.includes(department)),
    belongsTo: department => roles.has('ADMIN')
      || ((roles.has('MANAGER') || roles.has('PERFUSIONIST')) && departments.includes(department)),
  };
}

/** The department being looked at: the token's only one, else the one chosen in this tab. */
export function department(who) {
  const chosen = sessionStorage.getItem(DEPARTMENT);
  if (chosen && (who.isAdmin || who.departments.includes(chosen))) return chosen;
  return who.departments[0] || null;
}

export function chooseDepartment(id) {
  sessionStorage.setItem(DEPARTMENT, id.trim());
}

function payload(token) {
  const part = token.split('.')[1];
  if (!part) return null;
  try {
    const base64 = part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '=');
    const bytes = Uint8Array.from(atob(base64), c => c.charCodeAt(0));
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return null;
  }
}

function list(claim) {
  if (Array.isArray(claim)) return claim.filter(v => typeof v === 'string' && v.trim()).map(v => v.trim());
  if (typeof claim === 'string') return claim.split(/[,\s]+/).filter(Boolean);
  return [];
}
