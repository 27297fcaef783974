import type { Ref } from 'preact';
import type { ChatModel } from '../state/model';
import { icon } from './Icons';

/**
 * The round button that opens and closes the panel; hovering or focusing it starts loading answers.
 * With a `label` it is a pill whose visible text is also its name while closed.
 */
export function Launcher({ model, btn, label }: { model: ChatModel; btn: Ref<HTMLButtonElement>; label?: string }) {
  const open = model.isOpen.value;
  const s = model.strings.value;
  return (
    <button
      ref={btn}
      part="launcher"
      class="launcher"
      aria-label={open ? s.close : label ? undefined : s.open}
      aria-expanded={open}
      aria-controls={open ? 'faq-chat-panel' : undefined}
      onClick={model.toggle}
      onPointerEnter={model.warm}
      onFocus={model.warm}
    >
      {icon(open ? 'close' : 'chat')}
      {!open && label}
    </button>
  );
}
