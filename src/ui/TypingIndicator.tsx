/** Three bouncing dots while a reply is on its way (static with reduced motion). */
export function TypingIndicator({ label }: { label: string }) {
  return (
    <div class="bubble bot typing" role="status" aria-label={label}>
      <i />
      <i />
      <i />
    </div>
  );
}
