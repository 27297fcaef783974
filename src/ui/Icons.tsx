/** 24×24 stroke paths (currentColor, sized in CSS), inline so the bundle needs no icon font or request. */
const paths = {
  /** A speech bubble. */
  chat: 'M4 4h16a2 2 0 012 2v10a2 2 0 01-2 2H9l-5 4v-4a2 2 0 01-2-2V6a2 2 0 012-2z',
  /** A cross. */
  close: 'M6 6l12 12M18 6L6 18',
  /** A paper plane. */
  send: 'M4 12l16-8-6 16-3-7z',
  /** A calendar page. */
  calendar: 'M6 5h12a2 2 0 012 2v11a2 2 0 01-2 2H6a2 2 0 01-2-2V7a2 2 0 012-2zM4 10h16M8 3v4M16 3v4',
  /** A circular arrow. */
  restart: 'M4 12a8 8 0 102.3-5.7M4 4v5h5',
};

/** A decorative icon by name. */
export const icon = (name: keyof typeof paths) => (
  <svg viewBox="0 0 24 24" aria-hidden="true">
    <path d={paths[name]} />
  </svg>
);

/** An icon-only button labelled with `label`; its part name picks the icon. Without `onClick` it submits its form. */
export const iconButton = (part: 'send' | 'close' | 'restart', label: string, onClick?: () => void) => (
  <button part={part} class="icon" aria-label={label} title={label} onClick={onClick}>
    {icon(part)}
  </button>
);
