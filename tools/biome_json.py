"""JSON text laid out the way Biome formats it (biome.json: 2-space indent, 110 columns).

An object or array goes on one line when that line fits, otherwise one entry per line; `expand(path)`
forces chosen containers open (Biome keeps an object that is written expanded). The tools use this so
the files they write pass `biome check` untouched and stay diff-friendly.
"""

import json

LINE_WIDTH = 110


def _scalar(value):
    return json.dumps(value, ensure_ascii=False)


def inline(value):
    if isinstance(value, dict):
        if not value:
            return '{}'
        return '{ ' + ', '.join(f'{_scalar(k)}: {inline(v)}' for k, v in value.items()) + ' }'
    if isinstance(value, list):
        if not value:
            return '[]'
        return '[' + ', '.join(inline(v) for v in value) + ']'
    return _scalar(value)


def _lines(value, path, indent, prefix, suffix, expand):
    pad = ' ' * indent
    text = inline(value)
    container = isinstance(value, (dict, list)) and bool(value)
    forced = container and isinstance(value, dict) and expand(path)
    if not container or (not forced and len(pad + prefix + text + suffix) <= LINE_WIDTH):
        return [pad + prefix + text + suffix]
    opening, closing = ('{', '}') if isinstance(value, dict) else ('[', ']')
    items = list(value.items()) if isinstance(value, dict) else list(enumerate(value))
    out = [pad + prefix + opening]
    for i, (key, item) in enumerate(items):
        item_prefix = f'{_scalar(key)}: ' if isinstance(value, dict) else ''
        comma = ',' if i < len(items) - 1 else ''
        out.extend(_lines(item, (*path, key), indent + 2, item_prefix, comma, expand))
    out.append(pad + closing + suffix)
    return out


def dumps(value, expand=lambda path: len(path) == 0):
    """The whole document, newline-terminated; `expand(path)` says which objects stay open."""
    return '\n'.join(_lines(value, (), 0, '', '', expand)) + '\n'
