/** True on a phone-width screen (below Mantine's `xs` breakpoint), where tables become stacked cards. */
import { useMediaQuery } from '@mantine/hooks';

/** Whether the viewport is narrower than 36em (576 px). */
export const useIsPhone = () => useMediaQuery('(max-width: 36em)') === true;
