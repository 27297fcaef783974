import type { Message as Msg } from '../state/messages';
import type { ChatModel } from '../state/model';
import { Chips } from './Chips';
import { BookingLink } from './Booking';
import { Markdown } from './Markdown';

/**
 * One message: the visitor's text, or a reply with its chips; `q` is the question it answers.
 * The panel's footer always offers the booking link; an answer whose entry has its own `cta` offers that one too.
 */
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
  if (m.kind == 'answer' && !e) return null;
  return (
    <div class="row">
      <div
        part={m.kind == 'fallback' ? 'message message-answer fallback' : 'message message-answer'}
        class="bubble"
        dir="auto"
      >
        {e ? (
          <Markdown text={e.answer} />
        ) : m.kind == 'suggest' ? (
          s.didYouMean
        ) : m.kind == 'smalltalk' ? (
          m.text
        ) : (
          s[m.kind as 'fallback' | 'unavailable']
        )}
      </div>
      {e?.cta && <BookingLink model={model} id={e.id} q={q} part="cta" class="cta" />}
      {e && <Chips model={model} kind="follow-up" ids={e.followUps} label={s.related} />}
      {m.kind == 'suggest' && (
        <Chips model={model} kind="suggestion" ids={m.ids} label={s.didYouMean}>
          <button part="chip none-of-these" class="chip" onClick={() => model.noneOfThese(q, m.ids)}>
            {s.noneOfThese}
          </button>
        </Chips>
      )}
    </div>
  );
}
