// Demo only: fills the course checker through its data API with a history for each
// status, so a visitor can see every result without weeks of check-ins.
const checker = document.querySelector('rug-course-checker');

function daysAgo(days) {
  const date = new Date();
  date.setDate(date.getDate() - days);
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** [days ago, pain, activity, limitation] per check-in. */
const samples = {
  'too-early': {
    start: 10,
    redFlags: [],
    entries: [
      [9, 6, 3, 7],
      [2, 5, 4, 6],
    ],
  },
  // Complaints 3 weeks old with one check-in: a check-in is missing, not "too early".
  'too-early-missing': { start: 21, redFlags: [], entries: [[0, 6, 3, 7]] },
  // No start date: the check-ins are still judged, and the start date is asked for.
  'too-early-no-start': {
    start: null,
    redFlags: [],
    entries: [
      [10, 6, 3, 7],
      [0, 5, 4, 6],
    ],
  },
  normal: {
    start: 30,
    redFlags: [],
    entries: [
      [28, 7, 2, 8],
      [21, 6, 3, 7],
      [14, 5, 5, 5],
      [0, 3, 7, 3],
    ],
  },
  deviant: {
    start: 35,
    redFlags: [],
    entries: [
      [28, 6, 4, 6],
      [21, 6, 4, 6],
      [14, 6, 5, 6],
      [0, 7, 4, 7],
    ],
  },
  persistent: {
    start: 100,
    redFlags: [],
    entries: [
      [70, 6, 4, 6],
      [42, 5, 4, 6],
      [14, 5, 5, 5],
      [0, 5, 5, 5],
    ],
  },
  'see-doctor': {
    start: 14,
    redFlags: ['night-pain'],
    entries: [
      [7, 7, 3, 7],
      [0, 7, 3, 7],
    ],
  },
  'see-doctor-today': { start: 14, redFlags: ['fever'], entries: [[0, 7, 3, 7]] },
  'see-doctor-routine': { start: 14, redFlags: ['inflammatory'], entries: [[0, 7, 3, 7]] },
  urgent: { start: 5, redFlags: ['saddle-numbness'], entries: [[0, 8, 2, 8]] },
};

for (const button of document.querySelectorAll('[data-sample]')) {
  button.addEventListener('click', () => {
    const sample = samples[button.dataset.sample];
    checker.redFlags = sample.redFlags;
    checker.start = sample.start === null ? null : daysAgo(sample.start);
    checker.entries = sample.entries.map(([days, pain, activity, limitation]) => ({
      date: daysAgo(days),
      pain,
      activity,
      limitation,
    }));
  });
}
