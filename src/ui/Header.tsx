import type { ChatModel } from '../state/model';
import { CloseIcon, RestartIcon } from './Icons';

/** The panel's title bar with the start-over and close buttons. */
export function Header({ model, onClose }: { model: ChatModel; onClose: () => void }) {
  const s = model.strings.value;
  return (
    <header part="header" class="header">
      <h2 id="faq-chat-title">{s.title}</h2>
      {model.messages.value.length > 0 && (
        <button part="restart" class="icon" type="button" aria-label={s.restart} title={s.restart} onClick={model.restart}>
          <RestartIcon />
        </button>
      )}
      <button part="close" class="icon" type="button" aria-label={s.close} title={s.close} onClick={onClose}>
        <CloseIcon />
      </button>
    </header>
  );
}
