import { Text } from '@mantine/core';
import type { Snippet as SnippetData } from '../../../../shared/knowledge';
import { pieces } from './highlight';

/** A search snippet with the matching words in <mark>; the text is rendered as text, never as markup. */
export function Snippet({ snippet }: { snippet: SnippetData }) {
  return (
    <Text size="sm" mt={4}>
      {pieces(snippet).map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </Text>
  );
}
