/**
 * A signal caught before its real handler exists. Node's default for SIGHUP
 * is to end the process, and during start-up (loading content, opening the
 * store, connecting) nothing listens yet: an operator's `systemctl reload`
 * in that window would kill Candor. The hold swallows the signal and
 * remembers it, so start-up can act on it once it can.
 */
export interface SignalTarget {
  on(signal: NodeJS.Signals, listener: () => void): unknown;
  off(signal: NodeJS.Signals, listener: () => void): unknown;
}

export interface HeldSignal {
  /** How many times the signal arrived while held. */
  readonly received: number;
  /** Stops holding (call after the real handler is listening); returns `received`. */
  release(): number;
}

export function holdSignal(target: SignalTarget, signal: NodeJS.Signals): HeldSignal {
  let received = 0;
  let held = true;
  const listener = () => {
    received += 1;
  };
  target.on(signal, listener);
  return {
    get received() {
      return received;
    },
    release() {
      if (held) target.off(signal, listener);
      held = false;
      return received;
    },
  };
}
