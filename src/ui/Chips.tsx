import type { ChatModel } from '../state/model';

/** Question chips (starters, follow-ups, "Did you mean…"); clicking one asks that question. */
export function Chips({ model, ids = [], label }: { model: ChatModel; ids?: string[]; label: string }) {
  const entries = ids.map(model.entry).filter((e) => e != null);
  return entries.length ? (
    <div class="chips" role="group" aria-label={label}>
      {entries.map((e) => (
        <button key={e.id} part="chip" class="chip" onClick={() => model.ask(e.question, e.id)}>
          {e.question}
        </button>
      ))}
    </div>
  ) : null;
}
