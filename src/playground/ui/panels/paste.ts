import type {ClipboardEvent} from 'react';
import type {Message} from '../state';
import {count} from '../usePlayground';

/** Refuses a paste that would make the field longer than `max`, and says so. */
export function refuseLongPaste(event: ClipboardEvent<HTMLTextAreaElement>, max: number, what: string, note: (m: Message) => void): void {
  const field = event.currentTarget;
  const pasted = event.clipboardData.getData('text');
  const length = field.value.length - (field.selectionEnd - field.selectionStart) + pasted.length;
  if (length > max) {
    event.preventDefault();
    note({
      tone: 'alert',
      text: `Paste refused: it would make the ${what} ${count(length)} characters long, and the playground takes at most ${count(max)}. Nothing was pasted.`,
    });
  }
}
