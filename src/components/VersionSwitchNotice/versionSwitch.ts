// A switch to a guide line that lacks the page being read, remembered for the page it lands on
// (the version menu writes it, the next docs page reads and forgets it). Session storage, so the
// record stays in the tab it was made in; without storage (blocked by the browser) there is no notice.

const KEY = 'multi-db-handbook:version-switch';

export interface VersionSwitch {
  /** the page the menu sent the reader to */
  to: string;
  /** the page they were reading, and its title */
  from: string;
  title: string;
  /** the guide line they were reading */
  fromLine: string;
}

export function rememberSwitch(record: VersionSwitch): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(record));
  } catch {
    // Storage blocked: the reader still lands on the nearest page.
  }
}

/** The switch that landed on `pathname`, if that is how the reader got here. */
export function switchTo(pathname: string): VersionSwitch | undefined {
  try {
    const stored = sessionStorage.getItem(KEY);
    const record = stored === null ? undefined : (JSON.parse(stored) as VersionSwitch);
    return record && samePath(record.to, pathname) ? record : undefined;
  } catch {
    return undefined;
  }
}

export function forgetSwitch(): void {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // Storage blocked: nothing was remembered.
  }
}

const samePath = (a: string, b: string) => a.replace(/\/$/, '') === b.replace(/\/$/, '');
