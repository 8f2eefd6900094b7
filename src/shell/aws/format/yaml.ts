import { formatJson } from './json.ts';
import { isEmptyDict, type Json, PyFloat } from './python.ts';
import { emitDocument } from './yaml/emitter.ts';
import { represent } from './yaml/represent.ts';

/**
 * `--output yaml`: aws-cli v2's `YAMLFormatter` (ruamel.yaml safe dump, block style, keys
 * sorted). A scalar result (from `--query`) prints as JSON instead, so YAML adds no `...`
 * end marker; an empty dict prints nothing.
 */
export function formatYaml(value: Json): string {
  if (isEmptyDict(value)) return '';
  if (value === null || typeof value !== 'object' || value instanceof PyFloat) return jsonScalar(value);
  return emitDocument(represent(value));
}

/**
 * `--output yaml-stream`: each response page as a one-item YAML list. Pass the page as the
 * service sent it (paginated list operations keep `IsTruncated` here).
 */
export function formatYamlStream(value: Json): string {
  if (isEmptyDict(value)) return '';
  return emitDocument(represent([value]));
}

function jsonScalar(value: Json): string {
  // json.dump with no indent; for a scalar that is the same text as the indented form.
  return formatJson(value);
}
