import { useEffect, useRef } from 'preact/hooks';
import type { ChatModel } from '../state/model';
import { Launcher } from './Launcher';
import { Panel } from './Panel';

/** The whole widget: launcher and panel; moves focus into the panel on open and back on close. */
export function App({ model, left }: { model: ChatModel; left?: boolean }) {
  const btn = useRef<HTMLButtonElement>(null);
  const input = useRef<HTMLTextAreaElement>(null);
  const first = useRef(true);
  const refocus = useRef(false);
  const open = model.isOpen.value;
  const close = () => {
    refocus.current = true;
    model.close();
  };

  // A panel restored open after a reload must not grab focus (or scroll the host page); focus returns
  // to the launcher only when the visitor closed from inside, once it is visible again (phones hide it).
  useEffect(() => {
    if (open && !first.current) input.current!.focus({ preventScroll: true });
    if (!open && refocus.current) btn.current!.focus();
    first.current = refocus.current = false;
  }, [open]);

  return (
    <div class={left ? 'fc left' : 'fc'} onKeyDown={(e) => e.key == 'Escape' && open && close()}>
      {open && <Panel model={model} input={input} onClose={close} />}
      <Launcher model={model} btn={btn} />
    </div>
  );
}
