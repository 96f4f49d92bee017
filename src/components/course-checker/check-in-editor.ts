import type { ReactiveElement } from 'lit';
import type { CheckIn } from './checkin.js';
import { localToday } from './dates.js';
import { countingStart, validateCheckIn, type ValidationError } from './validate.js';
import { draftEntry, draftOf, emptyDraft, readDraft, type Draft } from './check-in-form.js';

/** Moves focus to `selector` in `host` once it has rendered. */
export function focusAfterUpdate(host: ReactiveElement, selector: string): void {
  host.updateComplete.then(() => host.renderRoot.querySelector<HTMLElement>(selector)?.focus());
}

/** What the editor uses of the course checker: its public check-ins and start. */
interface CheckInHost extends ReactiveElement {
  entries: CheckIn[];
  start: string | null;
}

/**
 * The check-in form's state (what its fields hold, its errors, the check-in being edited)
 * and what its buttons do. The check-ins themselves stay with the element: the editor
 * reads and sets them through its public `entries`.
 */
export class CheckInEditor {
  /** What the form's fields hold: the element puts it in them after each update. */
  draft: Draft = emptyDraft();

  /** One per refused field, shown with it. */
  errors: readonly ValidationError[] = [];

  /** The date of the check-in being edited, or `null` when adding. */
  editing: string | null = null;

  readonly #host: CheckInHost;

  constructor(host: CheckInHost) {
    this.#host = host;
  }

  /** "Meting toevoegen" / "Wijziging opslaan": the check-in in place of one on its date. */
  readonly submit = (event: Event): void => {
    event.preventDefault();
    const draft = readDraft(event.target as HTMLFormElement);
    const entry = draftEntry(draft);
    const today = localToday();
    const errors = validateCheckIn(entry, { start: countingStart(this.#host.start, today), today });
    if (errors.length > 0) {
      this.#show(draft, errors, this.editing);
      focusAfterUpdate(this.#host, `#checkin-${errors[0]!.field}`);
      return;
    }
    const checkIn = entry as unknown as CheckIn;
    const others = this.#host.entries.filter(
      (c) => c.date !== checkIn.date && c.date !== this.editing,
    );
    this.#host.entries = [...others, checkIn];
    this.cancel();
  };

  /** A check-in chosen in the table, in the form to change or delete it. */
  edit(checkIn: CheckIn): void {
    this.#show(draftOf(checkIn), [], checkIn.date);
    focusAfterUpdate(this.#host, '#checkin-date');
  }

  /** Stops editing: an empty form. */
  readonly cancel = (): void => this.#show(emptyDraft());

  /** Deletes the check-in being edited. */
  readonly deleteEdited = (): void => {
    this.#host.entries = this.#host.entries.filter((c) => c.date !== this.editing);
    this.cancel();
    focusAfterUpdate(this.#host, '#history-heading');
  };

  #show(draft: Draft, errors: readonly ValidationError[] = [], editing: string | null = null) {
    this.draft = draft;
    this.errors = errors;
    this.editing = editing;
    this.#host.requestUpdate();
  }
}
