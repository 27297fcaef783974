/** Knowledge-base languages written right to left. */
const RTL = /^(ar|he|fa|ur)\b/i;

/** The widget's direction: right to left on a right-to-left page, or for a knowledge base in such a language. */
export const textDirection = (pageRtl: boolean | undefined, locale: string | undefined): 'rtl' | 'ltr' =>
  pageRtl || RTL.test(locale ?? '') ? 'rtl' : 'ltr';
