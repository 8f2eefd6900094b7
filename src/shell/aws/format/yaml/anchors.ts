import type { YamlNode } from './emitter.ts';

/**
 * ruamel.yaml's serializer: a list or dict node met a second time (the same object twice in a
 * `--query` result, `[Role, Role]`) gets an anchor, `id001` on, numbered in the order of
 * second meetings; the emitter writes `&id001` the first time and `*id001` after.
 */
export function anchorsOf(root: YamlNode): Map<YamlNode, string> {
  const seen = new Set<YamlNode>();
  const anchors = new Map<YamlNode, string>();
  const visit = (node: YamlNode): void => {
    if (seen.has(node)) {
      if (!anchors.has(node)) anchors.set(node, `id${String(anchors.size + 1).padStart(3, '0')}`);
      return;
    }
    seen.add(node);
    if (node.kind === 'sequence') node.items.forEach(visit);
    if (node.kind === 'mapping') {
      for (const [key, value] of node.pairs) {
        visit(key);
        visit(value);
      }
    }
  };
  visit(root);
  return anchors;
}
