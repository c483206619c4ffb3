import { Component, type ReactNode } from 'react';

type Props = { fallback: (error: Error, retry: () => void) => ReactNode; children: ReactNode };
type State = { error: Error | null };

/**
 * Keeps a failure in one part of the page (a lazily loaded chunk that could not be fetched while
 * offline, a bug) from blanking the whole page: the fallback replaces only this subtree.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    if (this.state.error) return this.props.fallback(this.state.error, () => this.setState({ error: null }));
    return this.props.children;
  }
}
