// The whole bundle: importing it registers every Rugwijzer element.
export * from './components/info-accordion/info-accordion.js';
export * from './components/course-checker/course-checker.js';
export * from './components/contact-card/contact-card.js';
export type * from './events.js';
export type { CourseReason, Reason, Status } from './components/course-checker/classify.js';
export type { CheckIn } from './components/course-checker/checkin.js';
export type { RedFlag } from './components/course-checker/thresholds.js';
