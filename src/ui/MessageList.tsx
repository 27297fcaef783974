import { useLayoutEffect, useRef } from 'preact/hooks';
import type { ChatModel } from '../state/model';
import { Chips } from './Chips';
import { Message } from './Message';
import { TypingIndicator } from './TypingIndicator';

/** The greeting, starter chips and conversation; keeps the newest reply in view and announces it. */
export function MessageList({ model }: { model: ChatModel }) {
  const list = useRef<HTMLDivElement>(null);
  const live = useRef<HTMLDivElement>(null);
  const seen = useRef(model.messages.value.length);
  const msgs = model.messages.value;
  const s = model.strings.value;
  const busy = model.typing.value || (msgs.length > 0 && model.lifecycle.value == 'loading');

  useLayoutEffect(() => {
    const el = list.current!;
    const last = el.lastElementChild as HTMLElement;
    const prev = last.previousElementSibling as HTMLElement | null;
    // Show the question and the start of a long reply rather than the reply's end.
    el.scrollTop = Math.max((prev ?? last).offsetTop, last.offsetTop - el.clientHeight / 2) - 12;
    if (msgs.length > seen.current && msgs[msgs.length - 1].kind != 'visitor') live.current!.textContent = last.innerText;
    seen.current = msgs.length;
  }, [msgs, busy]);

  return (
    <>
    <div ref={list} part="messages" class="messages">
      <div class="row">
        <div class="bubble bot">{s.greeting}</div>
        {!msgs.length && <Chips model={model} ids={model.kb.value?.suggestions} label={s.suggested} />}
      </div>
      {msgs.map((m, i) => (
        <Message key={i} model={model} m={m} />
      ))}
      {busy && <TypingIndicator label={s.typing} />}
    </div>
    <div ref={live} class="sr" aria-live="polite" />
    </>
  );
}
