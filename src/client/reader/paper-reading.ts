/**
 * <paper-reading> on a paper page (components/PaperReading.astro): the paper counts as read after
 * a few seconds of the page being visible, the reader can mark it read or unread, and keep a note.
 * Texts are rendered in both languages by the component, so this script ships no dictionary.
 */
import { define, part } from './parts';
import { reader } from './browser';

/** How long a page must be visible before its paper counts as read. */
export const READ_AFTER_MS = 4000;

class PaperReading extends HTMLElement {
  connectedCallback(): void {
    const id = this.dataset.id;
    if (!id) return;
    const store = reader();
    const toggle = part<HTMLButtonElement>(this, 'toggle');
    const note = part<HTMLDetailsElement>(this, 'note');
    const text = part<HTMLTextAreaElement>(this, 'text');
    const status = part(this, 'status');
    part(this, 'row').hidden = false;
    note.hidden = false;

    const show = () => {
      const read = store.isRead(id);
      this.toggleAttribute('data-read', read);
      toggle.setAttribute('aria-pressed', String(read));
      const saved = store.note(id)?.text ?? '';
      if (document.activeElement !== text) text.value = saved;
      this.toggleAttribute('data-has-note', saved !== '');
    };
    toggle.addEventListener('click', () => store.markRead([id], !store.isRead(id)));

    const say = (name: string) => {
      const template = part<HTMLTemplateElement>(this, name);
      status.replaceChildren(template.content.cloneNode(true));
    };
    const save = () => {
      const before = store.note(id)?.text ?? '';
      if (text.value.trim() === before) return;
      store.setNote(id, text.value);
      say(text.value.trim() ? 'saved' : 'removed');
    };
    part(this, 'save').addEventListener('click', save);
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
      text.focus();
    }

    let timer: ReturnType<typeof setTimeout> | undefined;
    const watch = () => {
      clearTimeout(timer);
      if (document.visibilityState === 'visible' && !store.isRead(id))
        timer = setTimeout(() => store.markRead([id], true, true), READ_AFTER_MS);
    };
    document.addEventListener('visibilitychange', watch);
    // Marking it unread by hand should not be undone by the timer.
    toggle.addEventListener('click', () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', watch);
    });
    watch();
  }
}

define('paper-reading', PaperReading);
