// A partner's TypeScript code using the package by name, as installed from `npm pack`.
// test/package/consumer.test.mjs type-checks it with `tsc --noEmit`: if the package's types
// break (an element typed as HTMLElement, an event detail as any), this fails to compile,
// also through the `@ts-expect-error` lines, which fail when their error goes away.
import 'rugwijzer';
import 'rugwijzer/rug-contact-card.js';
import type {
  CourseResult,
  RugContactChannel,
  RugContactDetail,
  RugCourseChecker,
  RugInfoAccordion,
  RugToggleDetail,
  CheckIn,
  RedFlag,
} from 'rugwijzer';

// Tag names map to the element classes (HTMLElementTagNameMap).
const accordion = document.createElement('rug-info-accordion');
const sameAccordion: RugInfoAccordion = accordion;
accordion.headingLevel = 2;
accordion.exclusive = true;
accordion.remember = false;
accordion.sections = ['aspecific', 'normal-course'];
accordion.open = ['normal-course'];
accordion.toggle('normal-course');
accordion.toggle('aspecific', false);
accordion.showAll();
accordion.hideAll();
accordion.lang = 'en';
// @ts-expect-error: headingLevel is a number
accordion.headingLevel = 'x';
// @ts-expect-error: exclusive is a boolean
accordion.exclusive = 'yes';
// @ts-expect-error: toggle needs a section id
accordion.toggle();

// Events through HTMLElementEventMap: the detail is typed.
accordion.addEventListener('rug-toggle', (event) => {
  const id: string = event.detail.id;
  const open: boolean = event.detail.open;
  const detail: RugToggleDetail = event.detail;
  console.log(id, open, detail, sameAccordion);
  // @ts-expect-error: rug-toggle's detail has no channel
  console.log(event.detail.channel);
});
// They bubble and are composed: a listener on an ancestor, document or window is typed too.
document.body.addEventListener('rug-toggle', (event) => console.log(event.detail.id));
document.addEventListener('rug-contact', (event) => console.log(event.detail.channel));
window.addEventListener('rug-course-result', (event) => console.log(event.detail.status));

const checker = document.createElement('rug-course-checker');
const sameChecker: RugCourseChecker = checker;
checker.start = '2026-01-05';
checker.start = null;
checker.contactUrl = 'https://example.nl/afspraak';
checker.entries = [{ date: '2026-01-12', pain: 6, activity: 4, limitation: 5 }];
checker.redFlags = ['night-pain'];
const firstPain: number | undefined = checker.entries[0]?.pain;
const flags: RedFlag[] = checker.redFlags;
const checkIns: CheckIn[] = checker.entries;
const status: 'urgent' | 'see-doctor' | 'too-early' | 'normal' | 'deviant' | 'persistent' =
  checker.result.status;
const weeks: number | null = checker.result.weeks;
const json: string = checker.exportData();
const imported: boolean = checker.importData(json);
checker.deleteData();
console.log(sameChecker, firstPain, flags, checkIns, status, weeks, imported);
// @ts-expect-error: result is read-only
checker.result = sameChecker.result;
// @ts-expect-error: 'unknown' is not a status
if (checker.result.status === 'unknown') console.log('never');
// @ts-expect-error: start is a string or null
checker.start = 20260105;

checker.addEventListener('rug-course-result', (event) => {
  const result: CourseResult = event.detail;
  if (result.status === 'deviant' || result.status === 'persistent') {
    console.log(result.reasons, result.change?.pain, result.latest?.date);
  }
});

const card = document.createElement('rug-contact-card');
card.name = 'Harbour Physio';
card.phone = '020 123 4567';
card.bookingUrl = 'https://harbourphysio.example/book';
card.openingHours = 'Mo-Fr 08:00-18:00';
card.therapists = [{ name: 'Sam de Vries', role: 'Sports physiotherapist' }];
card.structuredData = true;
const vcard: string = card.toVCard();
console.log(vcard);
// @ts-expect-error: a therapist needs a name
card.therapists = [{ role: 'Physiotherapist' }];
card.addEventListener('rug-contact', (event) => {
  const channel: RugContactChannel = event.detail.channel;
  const detail: RugContactDetail = event.detail;
  console.log(channel, detail);
});

// querySelector by tag name is typed as well.
const found: RugInfoAccordion | null = document.querySelector('rug-info-accordion');
console.log(found);

export {};
