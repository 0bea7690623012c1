// A DOM for route tests that also boot the embedded backend in the same
// process.  Vitest's jsdom environment replaces Node's globals with the
// window's (typed arrays among them), and the backend's JWT library then
// refuses its own keys; here the window only adds what Node lacks.  Import it
// before anything that reads `document` (Testing Library does on load).
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!doctype html><html><body></body></html>', { url: 'http://127.0.0.1/', pretendToBeVisual: true });
const target = globalThis as Record<string, unknown>;
for (const key of Object.getOwnPropertyNames(dom.window)) {
  if (key in target) continue;
  try {
    target[key] = (dom.window as unknown as Record<string, unknown>)[key];
  } catch {
    // a getter the window refuses to lend: not needed
  }
}
target.window = dom.window;
target.document = dom.window.document;
// React checks this to know it runs in a test.
target.IS_REACT_ACT_ENVIRONMENT = true;
// jsdom lays nothing out, so it has no ResizeObserver; charts only need it to exist.
if (!('ResizeObserver' in target)) {
  target.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
