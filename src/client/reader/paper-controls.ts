/**
 * The controls of <paper-reading> (./paper-reading.ts loads this when they are needed): read or
 * unread, and the note. Texts are rendered in both languages by the component, so this ships no dictionary.
 */
import { part } from '../parts';
import { reader } from './browser';

export function startPaperReading(host: HTMLElement, id: string): { markRead: () => void } {
  const self = host;
  const store = reader();
  const toggle = part<HTMLButtonElement>(self, 'toggle');
  const note = part<HTMLDetailsElement>(self, 'note');
  const text = part<HTMLTextAreaElement>(self, 'text');
  const status = part(self, 'status');
  part(self, 'row').hidden = false;
  note.hidden = false;

  const show = () => {
    const read = store.isRead(id);
    self.toggleAttribute('data-read', read);
    toggle.setAttribute('aria-pressed', String(read));
    const saved = store.note(id)?.text ?? '';
    if (document.activeElement !== text) text.value = saved;
    self.toggleAttribute('data-has-note', saved !== '');
  };
  // Marking it by hand wins over the page's own marking after a few seconds.
  let toggled = false;
  toggle.addEventListener('click', () => {
    toggled = true;
    store.markRead([id], !store.isRead(id));
  });

  const say = (name: string) => {
    const template = part<HTMLTemplateElement>(self, name);
    status.replaceChildren(template.content.cloneNode(true));
  };
  const save = () => {
    const before = store.note(id)?.text ?? '';
    if (text.value.trim() === before) return;
    store.setNote(id, text.value);
    say(text.value.trim() ? 'saved' : 'removed');
  };
  part(self, 'save').addEventListener('click', save);
  text.addEventListener('change', save);
  text.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) save();
  });

  store.subscribe(show);
  show();
  if (store.note(id)) note.open = true;
  // #note (from keyboard triage's "n") opens the note ready to write.
  if (window.location.hash === '#note') {
    note.open = true;
    // After the browser's own scroll to #note, which would take focus away again.
    const focus = () => requestAnimationFrame(() => text.focus());
    if (document.readyState === 'complete') focus();
    else window.addEventListener('load', focus, { once: true });
  }

  return {
    markRead: () => {
      if (!toggled) store.markRead([id], true, true);
    },
  };
}
