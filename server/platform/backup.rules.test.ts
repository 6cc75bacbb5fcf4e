import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, checkHeader, controlLine, dependencyOrder, levelRefusal, parseControl } from './backup.rules';

describe('dependencyOrder', () => {
  it('puts every table after the tables it references, ties by name, a self-reference aside', () => {
    const keys = [
      { child: 'messages', parent: 'conversations' },
      { child: 'attachments', parent: 'messages' },
      { child: 'conversations', parent: 'authorities' },
      { child: 'comments', parent: 'comments' },
      { child: 'comments', parent: 'users' },
    ];
    expect(dependencyOrder(['attachments', 'messages', 'users', 'comments', 'conversations', 'authorities'], keys)).toEqual([
      'authorities', 'users', 'comments', 'conversations', 'messages', 'attachments',
    ]);
  });
  it('refuses tables that reference each other in a cycle, naming them', () => {
    expect(() => dependencyOrder(['a', 'b', 'c'], [{ child: 'a', parent: 'b' }, { child: 'b', parent: 'a' }])).toThrow(/a, b reference each other/);
  });
});

describe('levelRefusal', () => {
  const at = (count: number, last: string) => ({ count, last });
  it('lets the same level through and refuses a newer or an older one, saying which', () => {
    expect(levelRefusal(at(15, '1796598924761'), at(15, '1796598924761'))).toBeNull();
    expect(levelRefusal(at(16, '1796600000000'), at(15, '1796598924761'))).toMatch(/newer TwinBridge \(16 migrations, this one has 15\)/);
    expect(levelRefusal(at(15, '1796600000000'), at(15, '1796598924761'))).toMatch(/newer/);
    expect(levelRefusal(at(14, '1796586926234'), at(15, '1796598924761'))).toMatch(/older TwinBridge .* then start this version/);
  });
});

describe('control lines', () => {
  it('round-trip, and tell rows from control lines and damage', () => {
    const header = { format: BACKUP_FORMAT, version: 1, createdAt: '2026-12-07T05:00:00Z', database: 'pglite', migrations: { count: 15, last: '1' } } as const;
    expect(checkHeader(parseControl(controlLine(header)))).toEqual(header);
    expect(parseControl('{"id":1}')).toBeNull();
    expect(() => parseControl('#{"table":')).toThrow(/not readable JSON/);
    expect(() => parseControl('garbage')).toThrow(/neither a row nor a control line/);
    expect(() => checkHeader({ format: BACKUP_FORMAT, version: 2 })).toThrow(/format version 2/);
    expect(() => checkHeader(null)).toThrow(/not a TwinBridge backup/);
    expect(() => checkHeader({ ...header, migrations: { count: 15, last: 'soon' } })).toThrow(/no migration level/);
  });
});
