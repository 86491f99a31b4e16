import { Alert, Button, Stack } from '@mantine/core';
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface ErrorBoundaryProps {
  /** Title and button text, already translated (class components cannot use hooks). */
  title: string;
  body: string;
  retryLabel: string;
  children: ReactNode;
}

/** Shows an announced error with a reload button instead of a blank page when a page fails to render or load. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('page failed to render', error, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <Alert color="red" variant="light" role="alert" title={this.props.title}>
        <Stack align="flex-start">
          {this.props.body}
          <Button variant="default" onClick={() => window.location.reload()}>
            {this.props.retryLabel}
          </Button>
        </Stack>
      </Alert>
    );
  }
}
