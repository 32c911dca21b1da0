/** One JSON line per event, the shape CloudWatch Logs Insights queries (and the local terminal reads). */
export type Log = (level: 'info' | 'warn' | 'error', message: string, fields?: Record<string, unknown>) => void;

const RANK = { debug: 0, info: 1, warn: 2, error: 3 } as const;

/**
 * Lambda's advanced logging controls set AWS_LAMBDA_LOG_LEVEL; the local stack and the bench set it
 * too, to keep a terminal readable.
 */
export function createJsonLog(level = process.env.AWS_LAMBDA_LOG_LEVEL): Log {
  const threshold = RANK[(level?.toLowerCase() ?? 'info') as keyof typeof RANK] ?? RANK.info;
  return (lineLevel, message, fields = {}) => {
    if (RANK[lineLevel] < threshold) return;
    const line = JSON.stringify({ level: lineLevel, message, ...fields });
    if (lineLevel === 'error') console.error(line);
    else console.log(line);
  };
}
