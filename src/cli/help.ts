// Each command's --help, generated from its flag table (the one parseArgs reads), so a flag cannot
// be added without its line in the help, and the defaults shown are the ones used.

/** A parseArgs option table. */
export type FlagTable = Record<string, { readonly type: 'string' | 'boolean'; readonly default?: string | boolean }>;

/** What --help says about one flag. */
export interface FlagDoc {
  /** What the flag does. */
  text: string;
  /** The value's placeholder (N, DIR, X, ...); value flags only. */
  value?: string;
  /** The default as shown, when it is not the table's own (a preset's value, say). */
  default?: string;
}

/** One doc per flag of the table, no more and no fewer: a flag without a doc does not compile. */
export type FlagDocs<F extends FlagTable> = { readonly [K in keyof F]: FlagDoc };

const show = (v: string): string => (/^[\w./:+-]+$/.test(v) ? v : JSON.stringify(v));

/** The help text: the usage line, an optional paragraph, then one line per flag with its default. */
export function helpText<F extends FlagTable>(usage: string, about: string, flags: F, docs: FlagDocs<F>): string {
  const rows = Object.keys(flags).map((name) => {
    const flag = flags[name];
    const doc = docs[name];
    const left = `  --${name}${flag.type === 'string' ? ` ${doc.value ?? 'VALUE'}` : ''}`;
    const fallback = typeof flag.default === 'string' ? show(flag.default) : undefined;
    const shown = doc.default ?? fallback;
    return `${left.padEnd(26)} ${doc.text}${shown === undefined ? '' : ` (default: ${shown})`}`;
  });
  return `Usage: ${usage}\n\n${about === '' ? '' : `${about}\n\n`}Flags:\n${rows.join('\n')}\n`;
}
