import classes from './ui.module.css';

/** "Skip to content" link, visible only when focused by keyboard. */
export function SkipLink({ target, label }: { target: string; label: string }) {
  return (
    <a className={classes.skipLink} href={`#${target}`}>
      {label}
    </a>
  );
}
