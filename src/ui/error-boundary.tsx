import { Component, type ReactNode } from 'react'

interface ErrorBoundaryProps {
  fallback: (error: Error, reset: () => void) => ReactNode
  onReset?: () => void
  children: ReactNode
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, { error: Error | null }> {
  override state = { error: null as Error | null }

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  reset = () => {
    this.props.onReset?.()
    this.setState({ error: null })
  }

  override render() {
    return this.state.error
      ? this.props.fallback(this.state.error, this.reset)
      : this.props.children
  }
}
