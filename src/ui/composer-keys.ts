/** True for the key press that sends the message: Enter, but not Shift+Enter (a new line) nor while an IME composes. */
export const sendsMessage = (e: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'isComposing'>): boolean =>
  e.key == 'Enter' && !e.shiftKey && !e.isComposing;
