import { afterEach, describe, expect, it, vi } from 'vitest';
import { onFirstServiceWorkerControl } from './register.ts';

/** A stand-in for navigator.serviceWorker: an event target with a controller. */
function fakeContainer(controller: object | null) {
  const container = Object.assign(new EventTarget(), { controller });
  Object.defineProperty(navigator, 'serviceWorker', { value: container, configurable: true });
  return container;
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'serviceWorker');
});

describe('onFirstServiceWorkerControl', () => {
  it('calls back once when a worker takes over a page that opened without one', () => {
    const container = fakeContainer(null);
    const onControl = vi.fn();
    onFirstServiceWorkerControl(onControl);
    container.dispatchEvent(new Event('controllerchange'));
    container.dispatchEvent(new Event('controllerchange'));
    expect(onControl).toHaveBeenCalledTimes(1);
  });

  it('does nothing when the page opened under a worker already (its requests went through it)', () => {
    const container = fakeContainer({});
    const onControl = vi.fn();
    onFirstServiceWorkerControl(onControl);
    container.dispatchEvent(new Event('controllerchange'));
    expect(onControl).not.toHaveBeenCalled();
  });

  it('stops listening when told to', () => {
    const container = fakeContainer(null);
    const onControl = vi.fn();
    onFirstServiceWorkerControl(onControl)();
    container.dispatchEvent(new Event('controllerchange'));
    expect(onControl).not.toHaveBeenCalled();
  });
});
