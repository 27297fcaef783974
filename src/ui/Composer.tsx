import type { RefObject } from 'preact';
import type { ChatModel } from '../state/model';
import { sendsMessage } from './composer-keys';
import { iconButton } from './Icons';

/** The message box: Enter sends, Shift+Enter adds a line; blank messages are not sent. */
export function Composer({ model, input }: { model: ChatModel; input: RefObject<HTMLTextAreaElement> }) {
  const s = model.strings.value;
  const send = (e: Event) => {
    const el = input.current!;
    e.preventDefault();
    model.ask(el.value);
    if (el.value.trim()) el.value = '';
  };
  return (
    <form onSubmit={send}>
      <textarea
        ref={input}
        part="input"
        rows={1}
        aria-label={s.placeholder}
        placeholder={s.placeholder}
        enterkeyhint="send"
        onKeyDown={(e) => sendsMessage(e) && send(e)}
      />
      {iconButton('send', s.send)}
    </form>
  );
}
