// A link to a section that moved to a page of its own (its old id is now a `data-moved` mark
// beside a link to the new place, see the troubleshooting pages) takes the reader there, in
// place of the old URL so Back does not bounce.
import type {ClientModule} from '@docusaurus/types';

const clientModule: ClientModule = {
  onRouteDidUpdate({location}) {
    if (!location.hash) return;
    const mark = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (!mark?.hasAttribute('data-moved')) return;
    const link = mark.parentElement?.querySelector<HTMLAnchorElement>('a[href]');
    if (link) window.location.replace(link.href);
  },
};

export default clientModule;
