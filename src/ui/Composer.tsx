import type { Ref } from 'preact';
import type { ChatModel } from '../state/model';
import { SendIcon } from './Icons';

/** The message box: Enter sends, Shift+Enter adds a line; blank messages are not sent. */
export function Composer({ model, input }: { model: ChatModel; input: Ref<HTMLTextAreaElement> }) {
  const s = model.strings.value;
  const send = (e: Event) => {
    e.preventDefault();
    const el = (e.currentTarget as HTMLElement).closest('form')!.elements[0] as HTMLTextAreaElement;
    model.ask(el.value);
    if (el.value.trim()) el.value = '';
  };
  return (
    <form class="composer" onSubmit={send}>
      <textarea
        ref={input}
        part="input"
        rows={1}
        aria-label={s.placeholder}
        placeholder={s.placeholder}
        enterkeyhint="send"
        onKeyDown={(e) => e.key == 'Enter' && !e.shiftKey && !e.isComposing && send(e)}
      />
      <button part="send" class="icon" type="submit" aria-label={s.send} title={s.send}>
        <SendIcon />
      </button>
    </form>
  );
}
