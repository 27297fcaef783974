/**
 * English function words that carry no topic. Most question words are here too (phrases such as "how long" and
 * "how much" still count through the lexicon); "where", "why" and "many" are not: they say what kind of answer
 * is wanted (a place, a reason, a count), which tells apart entries that share their other words.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but if then so than that this these those there here of to in on at by for from with about as into ' +
    'onto over under up down out off is am are was were be been being do does did doing have has had having i me my ' +
    'mine myself we us our ours you your yours he him his she her it its they them their what which who whom whose ' +
    'will would shall should can could may might must just also too very really quite some any all both each either ' +
    'such own same other another again still even only well yes yeah ok okay oh hey hi hello please thanks thank ' +
    'guys guy folks anyone someone something anything thing things stuff get got getting know want wanted need like ' +
    'lot lots bit kind sort way make made let tell say said one go going went etc via re vs per whether while ' +
    'because since though although im basically actually probably maybe pretty think wondering wonder question ' +
    'quick hoping hope sure right now how when much ve ll d m s t don isn'
  ).split(' '),
);
