import { signal } from '@preact/signals-core';
import { MAX_MESSAGE_CHARS } from '../engine/limits';
import type { Message } from './messages';

/** A message the visitor typed. */
export type VisitorMessage = Extract<Message, { kind: 'visitor' }>;

/**
 * The visitor's message for what they typed: trimmed, and cut to MAX_MESSAGE_CHARS (marked `clipped`); undefined
 * when it holds only spaces, zero-width or control characters, so nothing the visitor could see was sent.
 */
export function visitorMessage(raw: string): VisitorMessage | undefined {
  const full = raw.trim();
  const text = full.slice(0, MAX_MESSAGE_CHARS);
  if (!/[^\p{C}\s]/u.test(text)) return undefined;
  return full.length > MAX_MESSAGE_CHARS ? { kind: 'visitor', text, clipped: true } : { kind: 'visitor', text };
}

/** The conversation: its messages in order, as a signal the UI reads. */
export function createConversation() {
  const messages = signal<Message[]>([]);
  return {
    messages,
    /** Adds a message at the end. */
    push(m: Message) {
      messages.value = [...messages.value, m];
    },
    /** The visitor's latest question (not a choice such as "None of these"), which booking links may carry. */
    lastQuestion(): string | undefined {
      const msgs = messages.value;
      for (let i = msgs.length - 1; i >= 0; i--) {
        const m = msgs[i];
        if (m.kind == 'visitor' && !m.choice) return m.text;
      }
      return undefined;
    },
  };
}
