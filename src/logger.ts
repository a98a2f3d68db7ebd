/** Structured logs: one JSON object per line on stdout, with a level and a time. */
export type LogEntry = Record<string, unknown> & { level?: 'debug' | 'info' | 'warn' | 'error'; msg: string };
export type Logger = (entry: LogEntry) => void;

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40 } as const;

export function jsonLogger(minimum: keyof typeof LEVELS = 'info', write: (line: string) => void = (line) => process.stdout.write(`${line}\n`)): Logger {
  return (entry) => {
    const level = entry.level ?? 'info';
    if (LEVELS[level] < LEVELS[minimum]) return;
    write(JSON.stringify({ time: new Date().toISOString(), ...entry, level }));
  };
}

export const silentLogger: Logger = () => {};
