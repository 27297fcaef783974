import type { Ref } from 'preact';
import type { ChatModel } from '../state/model';
import { Composer } from './Composer';
import { Header } from './Header';
import { MessageList } from './MessageList';

/** The chat dialog: header, conversation and message box. */
export function Panel(p: { model: ChatModel; input: Ref<HTMLTextAreaElement>; onClose: () => void }) {
  return (
    <div part="panel" class="panel" id="faq-chat-panel" role="dialog" aria-label={p.model.strings.value.title}>
      <Header model={p.model} onClose={p.onClose} />
      <MessageList model={p.model} />
      <Composer model={p.model} input={p.input} />
    </div>
  );
}
