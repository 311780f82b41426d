/**
 * Errors cross contexts as values (STYLE.md habit 4): every background handler runs
 * its work through this, so a thrown error becomes `{ ok: false, error }`.
 */
import type { Result } from '../messages';

export async function asResult<T extends object>(work: () => Promise<T>, context?: string): Promise<Result<T>> {
  try {
    return { ok: true, ...(await work()) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: context ? `${context}: ${message}` : message };
  }
}
