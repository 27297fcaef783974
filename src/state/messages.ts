/** One message in the conversation. Plain data so a conversation survives a reload as JSON. */
export type Message =
  /** `choice`: a reply the visitor picked ("None of these"), not a question of theirs. */
  | { kind: 'visitor'; text: string; clipped?: boolean; choice?: boolean }
  | { kind: 'answer'; id: string }
  | { kind: 'suggest'; ids: string[] }
  | { kind: 'fallback' | 'unavailable' }
  | { kind: 'smalltalk'; text: string };

/** What is persisted between page loads. */
export interface Snapshot {
  open: boolean;
  messages: Message[];
}

const kinds = ['visitor', 'answer', 'suggest', 'fallback', 'unavailable', 'smalltalk'];
const str = (v: unknown) => typeof (v ?? '') == 'string';

/** Reads a snapshot from untrusted storage; anything malformed yields null. */
export function parseSnapshot(data: unknown): Snapshot | null {
  const d = data as Snapshot | null;
  const ok =
    Array.isArray(d?.messages) &&
    d.messages.every((m) => {
      const x = m as { kind: string; text?: unknown; id?: unknown; ids?: unknown[] };
      return (
        kinds.includes(x?.kind) && str(x.text) && str(x.id) && Array.isArray(x.ids ?? []) && (x.ids ?? []).every(str)
      );
    });
  return ok ? { open: d!.open === true, messages: d!.messages } : null;
}
