import { Component, createRef } from 'preact';
import type { ChatModel } from '../state/model';
import { Chips } from './Chips';
import { Message } from './Message';

/** The greeting, starter chips, conversation and typing dots; keeps the newest reply in view and announces it. */
export class MessageList extends Component<{ model: ChatModel }> {
  list = createRef<HTMLDivElement>();
  live = createRef<HTMLDivElement>();
  seen = this.props.model.messages.value.length;
  shown?: [unknown, boolean];

  componentDidMount() {
    this.componentDidUpdate();
  }
  componentDidUpdate() {
    const { model } = this.props;
    const msgs = model.messages.value;
    const busy = this.busy();
    if (this.shown?.[0] === msgs && this.shown[1] === busy) return;
    this.shown = [msgs, busy];
    const el = this.list.current!;
    const last = el.lastElementChild as HTMLElement;
    const prev = last.previousElementSibling as HTMLElement | null;
    // Show the question and the start of a long reply rather than the reply's end.
    el.scrollTop = Math.max((prev ?? last).offsetTop, last.offsetTop - el.clientHeight / 2) - 12;
    if (msgs.length > this.seen && msgs[msgs.length - 1].kind != 'visitor')
      // biome-ignore lint/performance/useDomNodeTextContent: the live region announces the text as rendered (line breaks, no hidden parts)
      this.live.current!.textContent = last.innerText;
    this.seen = msgs.length;
  }

  busy() {
    const { model } = this.props;
    return model.typing.value || (model.messages.value.length > 0 && model.lifecycle.value == 'loading');
  }

  render({ model }: { model: ChatModel }) {
    const msgs = model.messages.value;
    const s = model.strings.value;
    const busy = this.busy();
    let q: string | undefined;
    return (
      <>
        <div ref={this.list} part="messages" class="messages">
          <div class="row">
            <div class="bubble" dir="auto">
              {s.greeting}
            </div>
            {!msgs.length && (
              <Chips model={model} kind="starter" ids={model.kb.value?.suggestions} label={s.suggested} />
            )}
          </div>
          {!msgs.length && model.lifecycle.value == 'error' && <Message model={model} m={{ kind: 'unavailable' }} />}
          {msgs.map((m, i) => {
            if (m.kind == 'visitor') q = m.text;
            return <Message key={i} model={model} m={m} q={q} />;
          })}
          {busy && (
            <div class="bubble typing" role="status" aria-label={s.typing}>
              <i />
              <i />
              <i />
            </div>
          )}
        </div>
        <div ref={this.live} class="sr" aria-live="polite" />
      </>
    );
  }
}
