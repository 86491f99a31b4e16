/** React bindings of the village outbox: the tab's outbox for the signed-in user, its entries, and online state. */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useRequiredSession } from '../../../app/session.tsx';
import { desaKeys } from './desa.api.ts';
import type { Outbox } from './outbox.ts';
import type { OutboxItem } from './outbox-core.ts';

const NONE: readonly OutboxItem[] = [];
const noSubscription = () => () => {};

/** The entries of an outbox (empty while it loads), re-rendering on every change. */
export function useOutboxItems(outbox: Outbox | null): readonly OutboxItem[] {
  return useSyncExternalStore(outbox?.subscribe ?? noSubscription, outbox?.getSnapshot ?? (() => NONE));
}

/** The tab's outbox for the signed-in user (null while IndexedDB opens); an accepted entry refreshes the desa view. */
export function useDesaOutbox(): Outbox | null {
  const session = useRequiredSession();
  const queryClient = useQueryClient();
  const [outbox, setOutbox] = useState<Outbox | null>(null);
  const userId = session.user.id;
  const csrfToken = session.csrfToken;
  useEffect(() => {
    let active = true;
    let unsubscribe = () => {};
    void import('./outbox-runtime.ts').then(async (runtime) => {
      const loaded = await runtime.desaOutbox({ userId, csrfToken });
      if (!active) return;
      unsubscribe = runtime.onDesaSent(() => void queryClient.invalidateQueries({ queryKey: desaKeys.all }));
      setOutbox(loaded);
    });
    return () => {
      active = false;
      unsubscribe();
    };
  }, [userId, csrfToken, queryClient]);
  return outbox;
}

function subscribeOnline(listener: () => void): () => void {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

/** `navigator.onLine`, updated on the browser's online/offline events. */
export function useOnline(): boolean {
  return useSyncExternalStore(subscribeOnline, () => navigator.onLine);
}
