// Parses a BibTeX file with @retorquere/bibtex-parser and compares every entry with what the catalog says it holds.
// Usage: node check.mjs <file.bib> <expected.json>, where expected.json is [{ "key", "title", "url", "families" }, …] in
// file order; "persons" lists the authors' four parts ({ "family", "given", "particle", "suffix" }, empty strings for
// absent parts; a braced corporate name is all family) and is optional. Names are compared in Unicode NFC.
// Prints one line per problem and exits 1 when there is any.
import { readFileSync } from 'node:fs';
import { parse } from '@retorquere/bibtex-parser';

const [bibPath, expectedPath] = process.argv.slice(2);
const expected = JSON.parse(readFileSync(expectedPath, 'utf8'));
const result = parse(readFileSync(bibPath, 'utf8'), { sentenceCase: false });
const problems = result.errors.map(error => `parse error: ${JSON.stringify(error)}`);

if (result.entries.length !== expected.length) {
  problems.push(`expected ${expected.length} entries, parsed ${result.entries.length}`);
}

const keys = new Set();
result.entries.forEach((entry, index) => {
  if (keys.has(entry.key)) problems.push(`duplicate key ${entry.key}`);
  keys.add(entry.key);
  const want = expected[index];
  if (!want) return;
  if (entry.key !== want.key) problems.push(`entry ${index}: key ${entry.key}, expected ${want.key}`);
  if (entry.fields.title !== want.title) problems.push(`entry ${index} (${want.key}): title ${JSON.stringify(entry.fields.title)}, expected ${JSON.stringify(want.title)}`);
  if (entry.fields.url !== want.url) problems.push(`entry ${index} (${want.key}): url ${JSON.stringify(entry.fields.url)}, expected ${JSON.stringify(want.url)}`);
  if (want.persons) {
    const persons = (entry.fields.author ?? []).map(person);
    if (JSON.stringify(persons) !== JSON.stringify(want.persons.map(normalized))) {
      problems.push(`entry ${index} (${want.key}): authors ${JSON.stringify(persons)}, expected ${JSON.stringify(want.persons)}`);
    }
  }
});

// A braced name is one name, all family; otherwise BibTeX's four parts as the catalog's Person holds them.
function person(creator) {
  if (creator.name !== undefined) return normalized({ family: creator.name, given: '', particle: '', suffix: '' });
  return normalized({ family: creator.lastName ?? '', given: creator.firstName ?? '', particle: creator.prefix ?? '', suffix: creator.suffix ?? '' });
}

function normalized(p) {
  return { family: p.family.normalize('NFC'), given: p.given.normalize('NFC'), particle: p.particle.normalize('NFC'), suffix: p.suffix.normalize('NFC') };
}

for (const problem of problems) console.log(problem);
console.log(`${result.entries.length} entries parsed, ${problems.length} problems`);
process.exit(problems.length === 0 ? 0 : 1);
