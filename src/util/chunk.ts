/**
 * Code or data loaded the first time a widget needs it, once per page: the
 * error state, a language's messages, the code that reads outside data, the
 * bundled dataset. A chunk that could not be loaded stays failed (browsers
 * keep a failed module in their module map too).
 */
export class Chunk<T> {
  /** The module once loaded; `null` if it could not be loaded. */
  value: T | null | undefined;
  private __promise?: Promise<T>;

  constructor(private readonly __loader: () => Promise<T>) {}

  /** Loads it, once; rejects if it cannot be loaded. */
  load(): Promise<T> {
    return (this.__promise ??= this.__loader().then(
      (value) => (this.value = value),
      (e: unknown) => {
        this.value = null;
        throw e;
      },
    ));
  }

  /** `use(module)`: at once when the chunk is here, else once it has loaded. */
  use<R>(use: (value: T) => R | Promise<R>): R | Promise<R> {
    return this.value ? use(this.value) : this.load().then(use);
  }

  /** Whether it has settled, loaded or failed; if not, loads it and calls `then` once it has. */
  ready(then: () => void): boolean {
    if (this.value !== undefined) return true;
    this.load().then(then, then);
    return false;
  }
}
