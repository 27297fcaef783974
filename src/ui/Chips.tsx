import type { ComponentChildren } from 'preact';
import type { ChatModel } from '../state/model';

/**
 * What a row of chips offers, which is also its part name beside `chip`: questions to start with, the
 * "Did you mean…" choices for the visitor's last message, or questions related to the answer just given.
 */
export type ChipKind = 'starter' | 'suggestion' | 'follow-up';

type Props = { model: ChatModel; kind: ChipKind; ids?: string[]; label: string; children?: ComponentChildren };

/** Question chips; clicking one asks that question. `children` go last in the group ("None of these"). */
export function Chips({ model, kind, ids = [], label, children }: Props) {
  const entries = ids.map(model.entry).filter((e) => e != null);
  return entries.length ? (
    // biome-ignore lint/a11y/useSemanticElements: a fieldset would add a border and a legend; the group only needs its label
    <div class={`chips ${kind}`} role="group" aria-label={label}>
      {/* Related questions say so, so they can't be taken for "Did you mean…" choices; the group's label already tells screen readers. */}
      {kind == 'follow-up' && (
        <small class="caption" aria-hidden="true">
          {label}
        </small>
      )}
      {entries.map((e) => (
        <button key={e.id} part={`chip ${kind}`} class="chip" onClick={() => model.ask(e.question, e.id)}>
          {e.question}
        </button>
      ))}
      {children}
    </div>
  ) : null;
}
