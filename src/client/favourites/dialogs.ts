/** Modal questions on the favourites page, with <dialog> (focus trapped, Escape cancels, focus returns). */

/** Opens `dialog` (holding a `<form method="dialog">`) and resolves with the value of the button that closed it. */
export function ask(dialog: HTMLDialogElement): Promise<string> {
  return new Promise((resolve) => {
    dialog.returnValue = '';
    dialog.addEventListener('close', () => resolve(dialog.returnValue), { once: true });
    dialog.showModal();
  });
}

export async function confirmed(dialog: HTMLDialogElement): Promise<boolean> {
  return (await ask(dialog)) === 'confirm';
}

/** Asks for a name in a dialog with one text input; undefined when cancelled or blank. */
export async function askName(dialog: HTMLDialogElement, initial: string): Promise<string | undefined> {
  const input = dialog.querySelector('input')!;
  input.value = initial;
  const answer = ask(dialog);
  input.select();
  return (await answer) === 'save' && input.value.trim() ? input.value.trim() : undefined;
}
