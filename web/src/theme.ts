import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

// A calm blue-teal between the EU's blue and the Bosphorus; shade 6 carries white text at > 7:1.
const bridge: MantineColorsTuple = [
  '#e9f2f9', '#d3e4f1', '#a6c8e3', '#76aad4', '#4f91c7', '#2a6fa5', '#1d5a8a', '#174b74', '#113c5e', '#0a2d48',
];

// Turkish-flag red for Turkey's badges; shade 6 keeps 4.5:1 even on its light tint.
const turkey: MantineColorsTuple = [
  '#ffebee', '#fbd5da', '#f2aab3', '#ea7d8a', '#e35668', '#dd3d51', '#b0102b', '#9a0c24', '#85081e', '#6e0317',
];

/** The one design system of the app: Mantine with the bridge palette and AA-contrast greys. */
export const theme = createTheme({
  primaryColor: 'bridge',
  primaryShade: 6,
  colors: { bridge, turkey },
  defaultRadius: 'md',
  fontFamily: 'Inter, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '700' },
  focusRing: 'auto',
  components: {
    // A badge's label is never cut off with an ellipsis: it keeps its full width in tables (an
    // overflow-hidden grid item would shrink to nothing) and wraps onto a second line where space ends.
    Badge: {
      defaultProps: { radius: 'sm' },
      styles: {
        root: { height: 'auto', minHeight: 'var(--badge-height)', maxWidth: '100%', overflow: 'visible' },
        label: { overflow: 'visible', whiteSpace: 'normal', textOverflow: 'clip' },
      },
    },
    // Links inside text must not rely on colour alone (WCAG 1.4.1); stand-alone links opt out.
    Anchor: { defaultProps: { underline: 'always' } },
    // Mantine keeps every select's closed list in the page: on mount each one then measures its
    // position (floating-ui), which forces a style recalculation of the whole page per select in the
    // first render (about 90 ms each on a mid-range phone, on the directory and registry filters). A
    // list made when it opens costs nothing until then; the input names it (aria-controls) only while open.
    Combobox: { defaultProps: { keepMounted: false } },
    // Mantine greys a titled notification's text to 3.3:1; keep it readable.
    Notification: { styles: { description: { color: 'var(--mantine-color-gray-7)' } } },
  },
});

/** Mantine's dimmed grey and red error text fall below 4.5:1 on white; use darker shades. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': '#5c636a',
    '--mantine-color-error': '#c92a2a',
    '--mantine-color-placeholder': '#6c757d',
    '--mantine-color-anchor': '#1d5a8a',
    // Text of light badges and alert titles: Mantine's shade 6 is too pale on the light tint, and
    // even shade 9 falls to 4.1:1 where the tint lies over a hovered table row (grey under it).
    '--mantine-color-red-light-color': '#a51d1d',
    '--mantine-color-teal-light-color': '#06664a',
    '--mantine-color-yellow-light-color': '#8a5a00',
    '--mantine-color-gray-light-color': 'var(--mantine-color-gray-7)',
  },
  dark: {},
});

/** Map colours: Turkey in Turkish-flag red, EU members in EU blue. */
export const MAP_COLORS = { tr: '#c8102e', eu: '#1f4fb4', highlight: '#f59f00' } as const;
