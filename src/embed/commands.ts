/**
 * The widget's commands, listed once: `window.FaqChat`'s methods and queue, the `<faq-chat>` element's methods and
 * a mounted widget's controls are all derived from this union.
 */
export type Command = ['open'] | ['close'] | ['toggle'] | ['ask', text: string] | ['destroy'];

/** The commands' names, for checking a queued command at run time. */
export const COMMAND_NAMES: readonly Command[0][] = ['open', 'close', 'toggle', 'ask', 'destroy'];

type Args<C extends Command> = C extends [string, ...infer A] ? A : never;

/** One method per command: `open()`, `close()`, `toggle()`, `ask(text)` (opens the panel and asks), `destroy()`. */
export type CommandMethods = { [C in Command as C[0]]: (...args: Args<C>) => void };

/** What a mounted widget can be asked to do, and whether its panel is open. */
export interface Controls extends CommandMethods {
  readonly isOpen: boolean;
}

/** True for a known command (a queue may hold anything a host page pushed). */
export const isCommand = (c: unknown): c is Command => Array.isArray(c) && COMMAND_NAMES.includes(c[0]);

/** The command methods, each handing its command to `handle`: the one dispatcher. */
export const commandMethods = (handle: (c: Command) => void): CommandMethods =>
  Object.fromEntries(
    COMMAND_NAMES.map((name) => [name, (...args: unknown[]) => handle([name, ...args] as Command)]),
  ) as CommandMethods;

/** Runs a command on whatever has the command methods (a mounted widget). */
export const runCommand = (target: CommandMethods, [name, ...args]: Command): void =>
  (target[name] as (...a: unknown[]) => void)(...args);
