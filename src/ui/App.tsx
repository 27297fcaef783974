import { Component, createRef } from 'preact';
import type { ChatModel } from '../state/model';
import { Booking } from './Booking';
import { Composer } from './Composer';
import { Header } from './Header';
import { Launcher } from './Launcher';
import { MessageList } from './MessageList';
import { textDirection } from './text-direction';

/** How the site owner set the widget's look (the embed's config). */
export interface Look {
  position: 'right' | 'left';
  /** 'auto' follows the visitor's prefers-color-scheme. */
  theme: 'auto' | 'light' | 'dark';
  /** 'none': no launcher; the site opens the panel from its own button through window.FaqChat. */
  launcher: 'show' | 'none';
  /** Text shown beside the launcher's icon. */
  launcherLabel?: string;
}

type Props = {
  model: ChatModel;
  look: Look;
  rtl?: boolean;
  /** How much of the closed panel to keep rendered (hidden and inert), so opening only shows it and moves focus. */
  ahead?: Ahead;
};

/** 0: none of the closed panel; 1: its frame (header, footer, text box); 2: also the conversation. */
export type Ahead = 0 | 1 | 2;

/** The whole widget: the chat dialog and the launcher; moves focus into the dialog on open and back on close. */
export class App extends Component<Props> {
  btn = createRef<HTMLButtonElement>();
  input = createRef<HTMLTextAreaElement>();
  /** Closed from inside the dialog (Escape or the close button). */
  inside = false;
  /** Open at the last update; undefined before the first. */
  was?: boolean;
  /** What had focus before the panel opened: the site's own button when there is no launcher. */
  back?: Element | null;

  // A panel restored open after a reload must not grab focus (or scroll the host page); focus returns
  // to the launcher (else to where it was) only when the visitor closed from inside, once it is visible again (phones hide it).
  componentDidMount() {
    this.componentDidUpdate();
  }
  componentDidUpdate() {
    const open = this.props.model.isOpen.value;
    if (open === this.was) return;
    if (open && this.was != undefined) {
      this.back = document.activeElement;
      this.input.current!.focus({ preventScroll: true });
    }
    if (!open && this.inside) ((this.btn.current || this.back) as HTMLElement | null)?.focus({ preventScroll: true });
    this.inside = false;
    this.was = open;
  }

  render({ model, look, rtl, ahead }: Props) {
    const open = model.isOpen.value;
    const close = () => {
      this.inside = true;
      model.close();
    };
    return (
      // biome-ignore lint/a11y/noStaticElementInteractions: Escape from any control inside the widget closes it
      <div
        class={`fc ${look.position} ${look.theme} ${look.launcher}`}
        dir={textDirection(rtl, model.kb.value?.locale)}
        onKeyDown={(e) => e.key == 'Escape' && open && close()}
      >
        {/* Rendered ahead, the closed panel is laid out but invisible and inert: no focus, no clicks, not in the
            accessibility tree. Opening then costs the click a class and a focus instead of a whole render. */}
        {(open || ahead) && (
          <div
            part="panel"
            class={open ? 'panel open' : 'panel'}
            id="faq-chat-panel"
            role="dialog"
            aria-label={model.strings.value.title}
            inert={!open}
          >
            <Header model={model} onClose={close} />
            {(open || ahead == 2) && <MessageList model={model} />}
            <Booking model={model} />
            <Composer model={model} input={this.input} />
          </div>
        )}
        {look.launcher == 'show' && <Launcher model={model} btn={this.btn} label={look.launcherLabel} />}
      </div>
    );
  }
}
