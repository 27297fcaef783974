import type { Message as Msg } from '../state/messages';
import type { ChatModel } from '../state/model';
import { Chips } from './Chips';
import { Markdown, newTab } from './Markdown';

/** One message: the visitor's text, or a reply with its chips and booking button; `q` is the question it answers. */
export function Message({ model, m, q }: { model: ChatModel; m: Msg; q?: string }) {
  const s = model.strings.value;
  if (m.kind == 'visitor')
    return (
      <div class="row visitor">
        <div part="message message-visitor" class="bubble" dir="auto">
          {m.text}
        </div>
        {m.clipped && <small class="note">{s.clipped}</small>}
      </div>
    );
  const e = m.kind == 'answer' ? model.entry(m.id) : undefined;
  const suggest = m.kind == 'suggest';
  const cta = !suggest && model.cta(e?.id, q);
  return m.kind == 'answer' && !e ? null : (
    <div class="row">
      <div part={m.kind == 'fallback' ? 'message message-answer fallback' : 'message message-answer'} class="bubble" dir="auto">
        {e ? <Markdown text={e.answer} /> : suggest ? s.didYouMean : m.kind == 'smalltalk' ? m.text : s[m.kind as 'fallback' | 'unavailable']}
      </div>
      {cta && (
        <a part="cta" class="cta" href={cta.url} {...newTab} onClick={() => model.booked(e?.id, q, cta.url)}>
          {cta.label}
        </a>
      )}
      <Chips model={model} ids={e ? e.followUps : suggest ? m.ids : undefined} label={e ? s.related : s.didYouMean} />
    </div>
  );
}
