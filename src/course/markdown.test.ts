import { describe, expect, it } from 'vitest';
import { escapeHtml, renderInline, renderMarkdown } from './markdown.ts';

describe('renderInline', () => {
  it('renders code, strong and emphasis, escaping everything else', () => {
    expect(renderInline('Use `sts:AssumeRole` with **care** and *thought* <now> & "then"')).toBe(
      'Use <code>sts:AssumeRole</code> with <strong>care</strong> and <em>thought</em> &lt;now&gt; &amp; &quot;then&quot;',
    );
  });

  it('keeps code spans literal', () => {
    expect(renderInline('`"Action": "s3:*"` and `a**b**`')).toBe(
      '<code>&quot;Action&quot;: &quot;s3:*&quot;</code> and <code>a**b**</code>',
    );
  });

  it('leaves lone and spaced asterisks alone', () => {
    expect(renderInline('Resource * and s3:* and 2 * 3 *')).toBe('Resource * and s3:* and 2 * 3 *');
  });

  it('joins the lines of a wrapped paragraph, and breaks the line between paragraphs', () => {
    expect(renderInline('one\n  two\nthree ')).toBe('one two three');
    expect(renderInline('one\n\ntwo')).toBe('one<br>two');
  });
});

describe('renderMarkdown', () => {
  it('splits paragraphs on blank lines', () => {
    expect(renderMarkdown('First\nline.\n\nSecond `x`.\n')).toBe(
      '<p>First line.</p><p>Second <code>x</code>.</p>',
    );
  });

  it('renders a block of "- " lines as a list', () => {
    expect(renderMarkdown('Key points:\n\n- one\n- **two**')).toBe(
      '<p>Key points:</p><ul><li>one</li><li><strong>two</strong></li></ul>',
    );
  });

  it('escapes attribute-breaking characters', () => {
    expect(escapeHtml('<a href="x">&</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
  });
});
