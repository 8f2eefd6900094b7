/**
 * The AWS shared config files as botocore reads them (`configparser.RawConfigParser`): `[section]` headers,
 * `key = value` or `key: value` lines (keys lower-cased, values stripped), `#`/`;` comment lines, and indented
 * continuation lines that make a nested value (`s3 =` then `  max_concurrent_requests = 20`).
 */
export type IniValue = string | Readonly<Record<string, string>>;
export type IniSection = Record<string, IniValue>;

/** Sections by their header text (`default`, `profile dev`), keys in file order; later duplicates win. */
export function parseIni(text: string): Map<string, IniSection> {
  const sections = new Map<string, IniSection>();
  let current: IniSection | null = null;
  let lastKey: string | null = null;
  for (const raw of text.split(/\r?\n/)) {
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith(';')) continue;
    const header = /^\[([^\]]+)\]/.exec(trimmed);
    if (header && !/^\s/.test(raw)) {
      const name = (header[1] as string).trim();
      current = sections.get(name) ?? {};
      sections.set(name, current);
      lastKey = null;
      continue;
    }
    if (!current) continue;
    if (/^\s/.test(raw) && lastKey !== null) {
      const nested = /^([^:=]+?)\s*[:=]\s*(.*)$/.exec(trimmed);
      const previous = current[lastKey];
      if (nested && typeof previous !== 'string') {
        current[lastKey] = { ...previous, [(nested[1] as string).toLowerCase()]: nested[2] as string };
      } else if (nested && previous === '') {
        current[lastKey] = { [(nested[1] as string).toLowerCase()]: nested[2] as string };
      }
      continue;
    }
    const option = /^([^:=]+?)\s*[:=]\s*(.*)$/.exec(trimmed);
    if (!option) continue;
    lastKey = (option[1] as string).toLowerCase();
    current[lastKey] = option[2] as string;
  }
  return sections;
}

const SECTION = /^\s*\[([^\]]+)\]/;
const OPTION = /^([^:=][^:=]*?)\s*[:=]\s*(.*)$/;

/**
 * `ConfigFileWriter.update_config` for one plain value: replaces `key = …` inside `[section]`, or adds it after the
 * section's last option, or appends a new section at the end. Other lines (comments too) stay as they are.
 */
export function setIniValue(text: string, section: string, key: string, value: string): string {
  const lines = text === '' ? [] : text.split(/(?<=\n)/);
  const start = lines.findIndex(
    (line) => !/^\s*[#;]/.test(line) && SECTION.exec(line)?.[0].trim() === `[${section}]`,
  );
  if (start < 0) {
    const needsNewline = text !== '' && !text.endsWith('\n');
    return `${text}${needsNewline ? '\n' : ''}[${section}]\n${key} = ${value}\n`;
  }
  let lastOption = start;
  for (let j = start + 1; j < lines.length; j++) {
    const line = lines[j] as string;
    if (SECTION.test(line)) break;
    const match = OPTION.exec(line.replace(/\n$/, ''));
    if (!match) continue;
    lastOption = j;
    if ((match[1] as string).trim() === key) {
      lines[j] = `${key} = ${value}\n`;
      return lines.join('');
    }
  }
  if (!(lines[lines.length - 1] as string).endsWith('\n')) lines.push('\n');
  lines.splice(lastOption + 1, 0, `${key} = ${value}\n`);
  return lines.join('');
}
