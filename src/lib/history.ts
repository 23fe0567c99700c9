import { execFileSync } from 'node:child_process';

/**
 * Newest commit date per file, from `git log --name-only --format=%cs` output (a date line, then
 * the files that commit touched). Log order is newest first, so the first date seen for a file wins.
 */
export function parseGitLog(log: string): Map<string, string> {
  const dates = new Map<string, string>();
  let current: string | undefined;
  for (const line of log.split('\n')) {
    const text = line.trim();
    if (!text) continue;
    if (/^\d{4}-\d{2}-\d{2}$/.test(text)) current = text;
    else if (current && !dates.has(text)) dates.set(text, current);
  }
  return dates;
}

/** Last-commit date of every file under a folder; empty when git or its history is unavailable. */
export function lastCommitDates(folder: string): Map<string, string> {
  try {
    return parseGitLog(execFileSync('git', ['log', '--name-only', '--format=%cs', '--', folder], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
  } catch {
    return new Map();
  }
}
