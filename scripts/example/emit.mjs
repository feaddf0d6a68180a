// A small YAML writer for the example's fixed shapes. It records the line of every data path
// it writes, so the README can point at the exact line of each deliberate warning. The
// generator parses every file it writes back and compares it with the intended data.
import YAML from 'yaml';

const WIDTH = 100;

/** True when `text` reads back as the same string when written plain after "key: ". */
function plainSafe(text) {
  if (text === '' || text !== text.trim() || /[\n\t]/.test(text)) return false;
  try {
    return YAML.parse(`k: ${text}`, { schema: 'core' })?.k === text;
  } catch {
    return false;
  }
}

/** A scalar as YAML text: plain when safe, else double-quoted (JSON strings are valid YAML). */
export function scalar(value, { quote = false } = {}) {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  return !quote && plainSafe(value) ? value : JSON.stringify(value);
}

function wrap(text, width) {
  const lines = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export class YamlWriter {
  constructor() {
    this.lines = [];
    /** JSON pointer of a data path → 1-based line where its key is written. */
    this.lineOf = new Map();
  }

  #push(indent, text, pointer) {
    this.lines.push(' '.repeat(indent) + text);
    if (pointer !== undefined) this.lineOf.set(pointer, this.lines.length);
  }

  comment(indent, text) {
    this.#push(indent, `# ${text}`);
  }

  blank() {
    this.lines.push('');
  }

  /** `key:` opening a nested mapping or list. */
  open(indent, key, pointer) {
    this.#push(indent, `${key}:`, pointer);
  }

  /** `key: value` for a scalar. */
  entry(indent, key, value, pointer, options) {
    this.#push(indent, `${key}: ${scalar(value, options)}`, pointer);
  }

  /**
   * A free-text entry: one line when short, else a folded block scalar wrapped to the page width.
   * With `dash`, the entry opens a list item (`- key: …`) and its folded lines sit under the key.
   */
  text(indent, key, value, pointer, { dash = false } = {}) {
    if (/\s{2}|\n/.test(value)) throw new Error(`narrative text must be one paragraph with single spaces: ${value}`);
    const lead = dash ? '- ' : '';
    const oneLine = `${lead}${key}: ${scalar(value)}`;
    if (indent + oneLine.length <= WIDTH && plainSafe(value)) {
      this.#push(indent, oneLine, pointer);
      return;
    }
    this.#push(indent, `${lead}${key}: >-`, pointer);
    const inner = indent + lead.length + 2;
    for (const line of wrap(value, WIDTH - inner)) this.#push(inner, line);
  }

  /** `- ` list item whose first entry is on the dash line. */
  item(indent, key, value, pointer, options) {
    this.#push(indent, `- ${key}: ${scalar(value, options)}`, pointer);
  }

  toString() {
    return this.lines.join('\n') + '\n';
  }
}
