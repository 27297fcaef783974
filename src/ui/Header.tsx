import type { ChatModel } from '../state/model';
import { iconButton } from './Icons';

/** The panel's title bar with the start-over and close buttons. */
export function Header({ model, onClose }: { model: ChatModel; onClose: () => void }) {
  const s = model.strings.value;
  return (
    <header part="header">
      {/* One line, ellipsised when long: the dialog's label carries the whole title. */}
      <h2>{s.title}</h2>
      {model.messages.value.length > 0 && iconButton('restart', s.restart, model.restart)}
      {iconButton('close', s.close, onClose)}
    </header>
  );
}
