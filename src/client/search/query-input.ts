/**
 * Calls `search` for each change a reader makes to a search box, but not for the letters an input
 * method shows while a word is being composed (pinyin before it becomes 扩散): those are not the
 * query, and searching them would fetch index files for words nobody meant. The composed word
 * counts once it is committed. `search` gets the moment of the change, for the timing marks.
 */
export function onQueryInput(input: HTMLInputElement, search: (at: number) => void): void {
  input.addEventListener('input', (event) => {
    if (!(event as InputEvent).isComposing) search(event.timeStamp);
  });
  // Chromium sends the committing input event while still composing, then compositionend.
  input.addEventListener('compositionend', (event) => search(event.timeStamp));
}
