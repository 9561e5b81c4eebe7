import { Link } from 'react-router'
import { paths } from '@/lib/paths'

export function NotFound() {
  return (
    <section className="error-screen" aria-labelledby="nf-title">
      <h1 id="nf-title">Nothing at these coordinates</h1>
      <p>This page does not exist.</p>
      <Link className="button button--primary" to={paths.home}>
        Back to all series
      </Link>
    </section>
  )
}
