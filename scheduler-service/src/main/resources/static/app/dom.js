/**
 * Builds DOM nodes without HTML strings, so text from the API is always text, never markup.
 * h('button', {class: 'big', onclick: go}, 'Publish') -> <button class="big">Publish</button>
 */
export function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props ?? {})) {
    if (value == null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else if (name === 'class') {
      element.className = value;
    } else if (name === 'style' && typeof value === 'object') {
      Object.assign(element.style, value);
    } else if (name === 'value' || name === 'checked' || name === 'selected') {
      element[name] = value;
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child == null || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces the children of {@code element}. */
export function fill(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}

let nextId = 0;

/** An id unique in the page, for label/aria wiring. */
export function uid(prefix = 'id') {
  nextId += 1;
  return `${prefix}-${nextId}`;
}

/** A labelled form field: the label above the control, with an optional hint read out with it. */
export function field(label, control, hint) {
  control.id ||= uid('field');
  const hintNode = hint ? h('span', {class: 'hint', id: `${control.id}-hint`}, hint) : null;
  if (hintNode) control.setAttribute('aria-describedby', hintNode.id);
  return h('div', {class: 'field'}, h('label', {for: control.id}, label), hintNode, control);
}

/** A status line: busy text while loading, an alert for problems. */
export function status() {
  return h('div', {class: 'status', role: 'status', 'aria-live': 'polite'});
}

export function showBusy(statusNode, text) {
  statusNode.className = 'status busy';
  statusNode.setAttribute('role', 'status');
  fill(statusNode, text);
}

export function showDone(statusNode, text = '') {
  statusNode.className = 'status';
  statusNode.setAttribute('role', 'status');
  fill(statusNode, text);
}
