/**
 * Modal questions (components/Dialog.astro) with <dialog>: focus moves into the dialog (its field,
 * else the main action), Enter does the main action, Escape and Cancel cancel, and focus returns to
 * the control that opened it. Its parts (cancel, main) are the component's; a missing one throws
 * (a dialog that only tells has no cancel).
 */
import { part } from './parts';

/** Opens `dialog` and resolves with the value of the button that closed it ('' when cancelled). */
export function ask(dialog: HTMLDialogElement): Promise<string> {
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
  // A dialog that only tells (data-tells) has no Cancel; every other one must have it.
  const cancel = 'tells' in dialog.dataset ? undefined : part<HTMLButtonElement>(dialog, 'cancel');
  const main = part(dialog, 'main');
  const onCancel = () => dialog.close('');
  cancel?.addEventListener('click', onCancel);
  return new Promise((resolve) => {
    dialog.returnValue = '';
    dialog.addEventListener(
      'close',
      () => {
        cancel?.removeEventListener('click', onCancel);
        if (opener?.isConnected) opener.focus();
        resolve(dialog.returnValue);
      },
      { once: true },
    );
    dialog.showModal();
    (dialog.querySelector<HTMLElement>('input') ?? main).focus();
  });
}

export async function confirmed(dialog: HTMLDialogElement): Promise<boolean> {
  return (await ask(dialog)) === 'confirm';
}

/** Asks for a name in a dialog with one text input; undefined when cancelled or blank. */
export async function askName(dialog: HTMLDialogElement, initial: string): Promise<string | undefined> {
  const input = dialog.querySelector('input');
  if (!input) throw new Error('askName: the dialog has no input');
  input.value = initial;
  const answer = ask(dialog);
  input.select();
  return (await answer) === 'save' && input.value.trim() ? input.value.trim() : undefined;
}
