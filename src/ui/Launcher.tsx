import type { Ref } from 'preact';
import type { ChatModel } from '../state/model';
import { icon } from './Icons';

/** The round button that opens and closes the panel; hovering or focusing it starts loading answers. */
export function Launcher({ model, btn }: { model: ChatModel; btn: Ref<HTMLButtonElement> }) {
  const open = model.isOpen.value;
  const s = model.strings.value;
  return (
    <button
      ref={btn}
      part="launcher"
      class="launcher"
      aria-label={open ? s.close : s.open}
      aria-expanded={open}
      aria-controls={open ? 'faq-chat-panel' : undefined}
      onClick={model.toggle}
      onPointerEnter={model.warm}
      onFocus={model.warm}
    >
      {icon(open ? 'close' : 'chat')}
    </button>
  );
}
