/** Inline SVG icons (paths only, 24×24, currentColor) so the bundle needs no icon font or request. */
const icon = (d: string) => () => (
  <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
    <path d={d} />
  </svg>
);

/** A speech bubble. */
export const ChatIcon = icon('M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2Z');
/** A cross. */
export const CloseIcon = icon('M6 6l12 12M18 6 6 18');
/** A paper plane. */
export const SendIcon = icon('M4 12 20 4l-6 16-3-7-7-1Z');
/** A circular arrow. */
export const RestartIcon = icon('M4 12a8 8 0 1 0 2.3-5.7M4 4v5h5');
