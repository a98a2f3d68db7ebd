import type { ConnectionModel } from '../pagination/pagination.js';
import type { OrganisationModel, PersonModel } from '../../model/model.js';

export type PersonConnectionModel = ConnectionModel<PersonModel>;
export type OrganisationConnectionModel = ConnectionModel<OrganisationModel>;
