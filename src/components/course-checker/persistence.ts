import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { download } from '../../internal/download.js';
import { localToday } from './dates.js';
import { erase, load, save, storageKey, upgrade, type StoredData } from './store.js';
import type { Notice } from './texts.js';

/** The element whose data is kept: its id keys the storage, its root holds the download link. */
export type PersistenceHost = ReactiveControllerHost &
  Pick<HTMLElement, 'id'> & {
    readonly renderRoot: HTMLElement | DocumentFragment;
    readonly hasUpdated: boolean;
  };

/**
 * The course checker's data on this device and in files (a Lit reactive controller, as
 * Material Web keeps behaviour apart from its elements): restores what the person chose to
 * remember, saves each change while "remember on this device" is on, never overwrites
 * stored data it could not read, and exports and imports files, with a notice for each.
 * Not public API (kept out of the manifest).
 *
 * @internal
 */
export class CheckerPersistence implements ReactiveController {
  /** "Remember on this device" is on. */
  remember = false;

  notice: Notice | null = null;

  /** Stored data that could not be read: never overwritten unless the person deletes it. */
  blocked = false;

  /** Something to save after the next update. */
  #dirty = false;

  readonly #host: PersistenceHost;
  readonly #snapshot: () => StoredData;
  readonly #apply: (data: StoredData, imported: boolean) => boolean;

  /**
   * @param snapshot - The host's data as it is stored and exported.
   * @param apply - Replaces the host's data; `imported` refuses data with anything invalid
   *   (returns `false` and changes nothing), else invalid check-ins are dropped (what the
   *   device kept may have aged).
   */
  constructor(
    host: PersistenceHost,
    snapshot: () => StoredData,
    apply: (data: StoredData, imported: boolean) => boolean,
  ) {
    this.#host = host;
    this.#snapshot = snapshot;
    this.#apply = apply;
    host.addController(this);
  }

  /**
   * Loads what the person chose to remember on this device, once, without events, before
   * the first render: in its task, not in the one that loads the script and upgrades the
   * elements on the page, as reading storage the first time waits for the browser.
   */
  hostUpdate(): void {
    if (this.#host.hasUpdated) return;
    const loaded = load(() => localStorage, this.#key());
    if (loaded.state === 'ok') {
      this.#setRemember(true);
      this.#apply(loaded.data, false);
    } else if (loaded.state === 'corrupt' || loaded.state === 'newer') {
      this.blocked = true;
      this.#setNotice(loaded.state === 'corrupt' ? 'storage-corrupt' : 'storage-newer');
    }
  }

  hostUpdated(): void {
    if (!this.#dirty) return;
    this.#dirty = false;
    if (
      this.remember &&
      !this.blocked &&
      !save(() => localStorage, this.#key(), this.#snapshot())
    ) {
      this.#setRemember(false);
      this.#setNotice('storage-unavailable');
    }
  }

  /** The data changed: saved after the update when remembered. */
  changed(): void {
    this.#dirty = true;
  }

  /** Removes the data from this device and switches remembering off. */
  erase(): void {
    this.blocked = false;
    erase(() => localStorage, this.#key());
    this.#setRemember(false);
    this.#setNotice('deleted');
  }

  /** The data as an export file's text. */
  export(): string {
    return JSON.stringify(this.#snapshot(), null, 2);
  }

  /** Replaces the data with an exported file's text; `false` when it is not valid. */
  import(text: string): boolean {
    let data: StoredData | null = null;
    try {
      const loaded = upgrade(JSON.parse(text));
      if (loaded.state === 'ok') data = loaded.data;
    } catch {
      data = null;
    }
    const imported = data !== null && this.#apply(data, true);
    this.#setNotice(imported ? { imported: this.#snapshot().entries.length } : 'import-failed');
    return imported;
  }

  /** The "remember on this device" checkbox. */
  readonly onRememberChange = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    if (input.checked && this.blocked) {
      input.checked = false;
      return;
    }
    if (!input.checked) erase(() => localStorage, this.#key());
    this.notice = null;
    this.#setRemember(input.checked);
  };

  readonly onExport = (): void => {
    download(
      this.#host.renderRoot,
      `rugwijzer-${localToday()}.json`,
      this.export(),
      'application/json',
    );
  };

  readonly onImport = async (event: Event): Promise<void> => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      this.import(await file.text());
    } catch {
      this.#setNotice('import-failed');
    }
  };

  #setRemember(on: boolean): void {
    this.#dirty = true;
    this.remember = on;
    this.#host.requestUpdate();
  }

  #setNotice(notice: Notice | null): void {
    this.notice = notice;
    this.#host.requestUpdate();
  }

  /** `rugwijzer:course-checker`, plus `:` and the element's id when it has one. */
  #key(): string {
    return storageKey(this.#host.id);
  }
}
