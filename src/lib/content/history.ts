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

/**
 * `git log <format> -- <folder>` as text, or undefined when git or its history is unavailable (a
 * copy without .git, or a corpus outside the repository, as the benchmarks build): git's own
 * complaint is not shown, the page then falls back to its sources' dates.
 */
function gitLog(format: string[], folder: string): string | undefined {
  try {
    return execFileSync('git', ['log', ...format, '--', folder], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

/** Last-commit date of every file under a folder; empty when git or its history is unavailable. */
export function lastCommitDates(folder: string): Map<string, string> {
  const log = gitLog(['--name-only', '--format=%cs'], folder);
  return log === undefined ? new Map() : parseGitLog(log);
}

export interface ContentChange {
  date: string;
  message: string;
  /** A renamed file (how a misspelled id is fixed) keeps the name it had in `from`. */
  files: { status: 'added' | 'changed' | 'removed' | 'renamed'; file: string; from?: string }[];
}

/** Commits as `git log --name-status --format=%x1e%cs%x1f%s` prints them, newest first. */
export function parseChanges(log: string): ContentChange[] {
  const statusOf = { A: 'added', M: 'changed', D: 'removed', R: 'renamed', C: 'added' } as const;
  return log
    .split('\x1e')
    .filter((block) => block.trim())
    .map((block) => {
      const [head = '', ...lines] = block.split('\n');
      const [date = '', message = ''] = head.split('\x1f');
      const files = lines.flatMap((line) => {
        // Renames and copies print `R100<TAB>old<TAB>new`; the new name is the file as it now is.
        const [code = '', first = '', second] = line.split('\t');
        const status = statusOf[code.charAt(0) as keyof typeof statusOf];
        if (!status || !first) return [];
        if (status === 'renamed' && second) return [{ status, file: second, from: first }];
        return [{ status, file: second ?? first }];
      });
      return { date, message, files };
    })
    .filter((change) => change.files.length > 0);
}

/** The history of a content folder; empty when git or its history is unavailable. */
export function contentChanges(folder: string): ContentChange[] {
  const log = gitLog(['--name-status', '-M', '--format=%x1e%cs%x1f%s'], folder);
  return log === undefined ? [] : parseChanges(log);
}
