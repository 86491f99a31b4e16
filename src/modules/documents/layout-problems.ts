import { NaskahLayoutError, SignerBlockError } from '../../platform/pdf/index.ts';
import { ValidationError } from '../../shared/errors.ts';

/** Runs a render and turns the renderer's layout refusals (e.g. a signer block without a name) into a 422. */
export async function asLayoutProblem<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof NaskahLayoutError || err instanceof SignerBlockError)
      throw new ValidationError([
        { field: 'body', message: 'documents.layoutProblem', params: { detail: err.message.slice(0, 300) } },
      ]);
    throw err;
  }
}
