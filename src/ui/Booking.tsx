import type { ComponentChildren } from 'preact';
import type { ChatModel } from '../state/model';
import { icon } from './Icons';
import { newTab } from './Markdown';

type LinkProps = {
  model: ChatModel;
  id?: string;
  q?: string;
  part: string;
  class: string;
  children?: ComponentChildren;
};

/** A booking link (`id`: the entry whose own link it is; `q`: the question it may prefill); a click fires `cta-click`. */
export function BookingLink({ model, id, q, part, class: cls, children }: LinkProps) {
  const cta = model.cta(id, q);
  return cta ? (
    <a part={part} class={cls} href={cta.url} {...newTab} onClick={() => model.booked(id, q, cta.url)}>
      {children}
      {cta.label}
    </a>
  ) : null;
}

/**
 * The booking link in the panel's footer, above the text box: visible in every state, however long the
 * conversation. It is quiet beside answers and stands out when the last reply could not help.
 */
export function Booking({ model }: { model: ChatModel }) {
  if (!model.cta()) return null;
  const last = model.messages.value.at(-1)?.kind;
  const stuck = last == 'fallback' || last == 'unavailable';
  return (
    <div class="booking">
      <BookingLink model={model} q={model.lastQuestion()} part="cta cta-footer" class={stuck ? 'cta stuck' : 'cta'}>
        {icon('calendar')}
      </BookingLink>
    </div>
  );
}
