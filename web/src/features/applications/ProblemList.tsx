import { Anchor, List, Text } from '@mantine/core';
import type { ShownProblem } from './problemsText';
import { goToField } from './problemsText';

/** Problems as a list; each names its field as a link that moves to the field. */
export function ProblemList({ problems }: { problems: ShownProblem[] }) {
  return (
    <List size="sm" spacing={6}>
      {problems.map((p) => (
        <List.Item key={p.key}>
          {p.anchor ? (
            <Anchor href={`#${p.anchor}`} fw={600} onClick={(e) => { e.preventDefault(); goToField(p.anchor!); }}>{p.label}</Anchor>
          ) : (
            <Text span fw={600}>{p.label}</Text>
          )}
          {': '}
          {p.message}
        </List.Item>
      ))}
    </List>
  );
}
