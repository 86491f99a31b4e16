/** A background loop that repeats a step, pausing when the step found nothing to do. */
export interface PollLoop {
  start(): void;
  /** Ends the loop after the current step and waits for it. */
  stop(): Promise<void>;
}

/**
 * Runs `step` over and over; when it returns false (nothing done) or throws, waits `pollMs` before the
 * next try. The pause is cut short by stop().
 */
export function createPollLoop(options: {
  step: () => Promise<boolean>;
  pollMs: number;
  onError: (err: unknown) => void;
}): PollLoop {
  let running = false;
  let finished: Promise<void> = Promise.resolve();
  let wake: (() => void) | undefined;

  const pause = () =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, options.pollMs);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  async function loop(): Promise<void> {
    while (running) {
      const didWork = await options.step().catch((err: unknown) => {
        options.onError(err);
        return false;
      });
      if (!didWork && running) await pause();
    }
  }

  return {
    start() {
      if (running) return;
      running = true;
      finished = loop();
    },
    async stop() {
      running = false;
      wake?.();
      await finished;
    },
  };
}
