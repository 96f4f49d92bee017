// The whole bundle: importing it registers every Rugwijzer element.
export * from './components/info-accordion/info-accordion.js';
export type * from './events.js';
