import { Component, createRef } from 'preact';
import type { ChatModel } from '../state/model';
import { Composer } from './Composer';
import { Header } from './Header';
import { Launcher } from './Launcher';
import { MessageList } from './MessageList';

/** The whole widget: the chat dialog and the launcher; moves focus into the dialog on open and back on close. */
export class App extends Component<{ model: ChatModel; left?: boolean }> {
  btn = createRef<HTMLButtonElement>();
  input = createRef<HTMLTextAreaElement>();
  first = true;
  /** Closed from inside the dialog (Escape or the close button). */
  inside = false;
  was?: boolean;

  // A panel restored open after a reload must not grab focus (or scroll the host page); focus returns
  // to the launcher only when the visitor closed from inside, once it is visible again (phones hide it).
  componentDidMount() {
    this.componentDidUpdate();
  }
  componentDidUpdate() {
    const open = this.props.model.isOpen.value;
    if (open === this.was) return;
    if (open && !this.first) this.input.current!.focus({ preventScroll: true });
    if (!open && this.inside) this.btn.current!.focus();
    this.first = this.inside = false;
    this.was = open;
  }

  render({ model, left }: { model: ChatModel; left?: boolean }) {
    const open = model.isOpen.value;
    const close = () => {
      this.inside = true;
      model.close();
    };
    return (
      <div class={left ? 'fc left' : 'fc'} onKeyDown={(e) => e.key == 'Escape' && open && close()}>
        {open && (
          <div part="panel" class="panel" id="faq-chat-panel" role="dialog" aria-label={model.strings.value.title}>
            <Header model={model} onClose={close} />
            <MessageList model={model} />
            <Composer model={model} input={this.input} />
          </div>
        )}
        <Launcher model={model} btn={this.btn} />
      </div>
    );
  }
}
