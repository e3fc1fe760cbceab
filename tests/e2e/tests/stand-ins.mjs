// Stand-ins for what a test browser lacks (a printer, a voice), shared by the Playwright specs
// (as init scripts) and the WebKit layer (run in the page before the widget needs them). Each
// function is sent to the page as it is, so it is self-contained.

/** In the page: stands in for the printer. The first time the page reads a frame's window, its
 *  print() is replaced by one that keeps a copy of what the frame holds (its document's text, the
 *  widget markup in its shadow root, the stylesheet text) and then ends "printing" like a browser. */
export function standInPrinterInPage() {
  window.__printed = [];
  const get = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'contentWindow').get;
  Object.defineProperty(HTMLIFrameElement.prototype, 'contentWindow', {
    configurable: true,
    get() {
      const w = get.call(this);
      if (w && !w.__standIn) {
        w.__standIn = true;
        w.print = () => {
          const host = w.document.body.firstElementChild;
          const sheets = host.shadowRoot.adoptedStyleSheets;
          window.__printed.push({
            documentText: w.document.documentElement.textContent,
            markup: host.shadowRoot.innerHTML,
            css: sheets.flatMap((s) => Array.from(s.cssRules, (r) => r.cssText)).join('\n'),
          });
          setTimeout(() => w.dispatchEvent(new Event('afterprint')), 50);
        };
      }
      return w;
    },
  });
}

/** In the page: a stand-in voice (headless Chromium and WebKitGTK under Xvfb have none):
 *  window.__spoken records what it is asked to say and each cancel, window.__inGesture whether
 *  each speak() came while the page had a user's gesture (iOS speaks only then); each utterance
 *  "speaks" for 150 ms (window.__sentenceMs), one after another, like the real queue. With `late`, the voice arrives
 *  only when window.__voicesArrive() is called, announced by voiceschanged (as in Chrome). */
export function standInVoiceInPage(late = false) {
  const spoken = (window.__spoken = []);
  const inGesture = (window.__inGesture = []);
  const queue = [];
  let voices = late ? [] : [{ lang: 'en-US', name: 'Test voice' }];
  let speaking = null, timer = 0;
  // A page's own utterance may be a plain object here (no events to fire).
  const fire = (u, e) => u.dispatchEvent?.(e);
  const next = () => {
    const u = (speaking = queue.shift());
    if (!u) return;
    fire(u, new Event('start'));
    timer = setTimeout(() => { speaking = null; fire(u, new Event('end')); next(); }, window.__sentenceMs ?? 150);
  };
  const synth = new EventTarget();
  Object.assign(synth, {
    getVoices: () => voices,
    speak: (u) => {
      spoken.push({ text: u.text, lang: u.lang });
      inGesture.push(navigator.userActivation ? navigator.userActivation.isActive : 'unknown');
      queue.push(u);
      if (queue.length === 1 && !speaking) setTimeout(next, 0);
    },
    // As the Web Speech spec says: the one being spoken is "interrupted", the queued ones
    // "canceled", each with an error event.
    cancel: () => {
      clearTimeout(timer);
      const dropped = [...(speaking ? [[speaking, 'interrupted']] : []), ...queue.map((u) => [u, 'canceled'])];
      speaking = null;
      queue.length = 0;
      spoken.push({ cancel: true });
      for (const [u, error] of dropped) fire(u, Object.assign(new Event('error'), { error }));
    },
  });
  window.__voicesArrive = () => { voices = [{ lang: 'en-US', name: 'Test voice' }]; synth.dispatchEvent(new Event('voiceschanged')); };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
}
