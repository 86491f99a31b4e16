import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach } from 'vitest';

// Tells React that updates are wrapped in act(), so it flushes effects and warns about stray updates.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A fresh `<div>` with a React root for each test of the calling file. */
export interface MountPoint {
  /** The element the current test renders into (a new one for every test). */
  readonly container: HTMLDivElement;
  /** Renders `ui` into the container inside `act()`, so effects have run when it resolves. */
  render(ui: ReactNode): Promise<void>;
  /** Unmounts the tree and detaches the container (done after every test without being called). */
  unmount(): void;
}

/** Registers beforeEach/afterEach hooks that create and tear down a mount point; call at the top of a test file. */
export function mountPoint(): MountPoint {
  let container: HTMLDivElement | null = null;
  let root: Root | null = null;

  const unmount = () => {
    const mounted = root;
    root = null;
    if (mounted) act(() => mounted.unmount());
    container?.remove();
  };

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });
  afterEach(unmount);

  return {
    get container() {
      if (!container) throw new Error('mountPoint(): the container exists only while a test runs');
      return container;
    },
    render: async (ui) => {
      const mounted = root;
      if (!mounted) throw new Error('mountPoint(): render() called outside a test');
      await act(async () => mounted.render(ui));
    },
    unmount,
  };
}

/** Lets pending fetches, timers and re-renders finish: waits `ms` milliseconds inside `act()`. */
export const settle = (ms = 50) => act(async () => new Promise<void>((resolve) => setTimeout(resolve, ms)));

/**
 * Lets React and the data cache work in short steps until `done()` holds or `timeoutMs` passes (a loaded machine
 * may need several rounds of requests and renders); the caller asserts afterwards, so a state never reached fails.
 */
export async function settleUntil(done: () => boolean, timeoutMs = 3000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!done() && Date.now() < end) await settle(25);
}
