// The table of contents marks the section being read (aria-current): the last heading above the
// upper third of the screen. Loaded once the browser is idle (src/scripts/page.ts).
import { handOver } from './features.ts';

export function markCurrentSection(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('.toc a[href^="#"]')];
  const targets = [...new Set(links.map((link) => decodeURIComponent(link.hash.slice(1))))]
    .map((id) => document.getElementById(id))
    .filter((element): element is HTMLElement => element !== null);
  if (targets.length === 0) return;
  let scheduled = false;
  const mark = (): void => {
    scheduled = false;
    const line = window.innerHeight / 3;
    let active: HTMLElement | undefined;
    for (const target of targets) {
      if (target.getBoundingClientRect().top <= line) active = target;
      else break;
    }
    for (const link of links) {
      if (active && decodeURIComponent(link.hash.slice(1)) === active.id) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
  };
  addEventListener(
    'scroll',
    () => {
      if (!scheduled) {
        scheduled = true;
        requestAnimationFrame(mark);
      }
    },
    { passive: true },
  );
  mark();
}

handOver('toc', markCurrentSection);
