/** The messages between a worker client and its worker thread. */

/** A request: its id and input. */
export interface WorkerRequest<I> {
  readonly id: number;
  readonly input: I;
}

/** A reply to request `id`: the value, or the error's message. */
export type WorkerReply<O> =
  | { readonly id: number; readonly ok: true; readonly value: O }
  | { readonly id: number; readonly ok: false; readonly error: string };
