// Parses a BibTeX file with @retorquere/bibtex-parser and prints, as JSON, what the tests compare with the generator's
// own reader: each entry's key, type, title, the family names of its authors and editors (a braced corporate name
// counts as a family name) and their von parts ("prefix"), plus the parser's errors.
// Usage: node dump.mjs <file.bib>
import { readFileSync } from 'node:fs';
import { parse } from '@retorquere/bibtex-parser';

const text = readFileSync(process.argv[2], 'utf8');
const result = parse(text, { sentenceCase: false, caseProtection: false, unsupported: 'ignore' });
const list = names => (Array.isArray(names) ? names : []);
const families = names => list(names).map(name => name.lastName ?? name.name ?? '');
const prefixes = names => list(names).map(name => name.prefix ?? '');

console.log(JSON.stringify({
  errors: result.errors.map(error => JSON.stringify(error)),
  entries: result.entries.map(entry => ({
    key: entry.key,
    type: entry.type,
    title: entry.fields.title ?? null,
    authors: families(entry.fields.author),
    editors: families(entry.fields.editor),
    authorPrefixes: prefixes(entry.fields.author),
  })),
}));
