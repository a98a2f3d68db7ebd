import { OrganisationPage } from './OrganisationPage';
import { PersonPage } from './PersonPage';
import { FactPage } from './FactPage';

/**
 * `/entity/<id>`: a person, an organisation or a fact. The id's prefix says which page to ask
 * for (`person:`, `council:`/`trust:`/`org:`, anything else through `node(id)`); the fact
 * page links onward when the id turns out to be something else.
 */
export function EntityPage({ id }: { id: string }) {
  if (id.startsWith('person:')) return <PersonPage key={id} id={id} />;
  if (/^(council|trust|org):/.test(id)) return <OrganisationPage key={id} id={id} />;
  return <FactPage key={id} id={id} />;
}
