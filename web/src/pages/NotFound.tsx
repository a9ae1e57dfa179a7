import { Link } from '../router.tsx';

export function NotFoundPage() {
  return (
    <>
      <h1 tabIndex={-1}>We could not find that page</h1>
      <p>
        <Link to="/">Go to the start</Link> or <Link to="/right-now">see what to do right now</Link>.
      </p>
    </>
  );
}
