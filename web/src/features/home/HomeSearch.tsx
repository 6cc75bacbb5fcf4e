import { Button, Flex, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import classes from './HomePage.module.css';

/** The big search box of the home page; submitting opens the directory with `q`. */
export function HomeSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const query = q.trim();
    navigate(query ? `/authorities?q=${encodeURIComponent(query)}` : '/authorities');
  };
  return (
    <form onSubmit={submit} role="search" aria-label={t('home.searchRegion')}>
      <Flex direction={{ base: 'column', xs: 'row' }} align={{ base: 'stretch', xs: 'flex-end' }} gap="sm" maw={640}>
        <TextInput
          flex={1}
          size="lg"
          label={t('directory.searchLabel')}
          placeholder={t('home.searchPlaceholder')}
          classNames={{ label: classes.searchLabel }}
          leftSection={<IconSearch size={20} aria-hidden />}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          autoComplete="off"
        />
        <Button type="submit" size="lg" color="yellow" c="dark.9">
          {t('home.searchButton')}
        </Button>
      </Flex>
    </form>
  );
}
