import type { ComponentChildren } from 'preact';
import type { Message as Msg } from '../state/messages';
import type { ChatModel } from '../state/model';
import { Chips } from './Chips';
import { CtaButton } from './CtaButton';
import { Markdown } from './Markdown';

function Bot({ part = '', children }: { part?: string; children: ComponentChildren }) {
  return (
    <div part={'message message-answer' + part} class="bubble bot">
      {children}
    </div>
  );
}

/** One message: the visitor's text, or a reply with its chips and booking button. */
export function Message({ model, m }: { model: ChatModel; m: Msg }) {
  const s = model.strings.value;
  switch (m.kind) {
    case 'visitor':
      return (
        <div class="row visitor">
          <div part="message message-visitor" class="bubble">
            {m.text}
          </div>
          {m.clipped && <small class="note">{s.clipped}</small>}
        </div>
      );
    case 'answer': {
      const e = model.entry(m.id);
      return e ? (
        <div class="row">
          <Bot>
            <Markdown text={e.answer} />
          </Bot>
          <CtaButton cta={model.cta(m.id)} />
          <Chips model={model} ids={e.followUps} label={s.related} />
        </div>
      ) : null;
    }
    case 'suggest':
      return (
        <div class="row">
          <Bot>{s.didYouMean}</Bot>
          <Chips model={model} ids={m.ids} label={s.didYouMean} />
        </div>
      );
    default:
      return (
        <div class="row">
          <Bot part={m.kind == 'fallback' ? ' fallback' : ''}>
            {m.kind == 'smalltalk' ? m.text : m.kind == 'fallback' ? s.fallback : s.unavailable}
          </Bot>
          <CtaButton cta={model.cta()} />
        </div>
      );
  }
}
