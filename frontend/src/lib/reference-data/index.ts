export { communesQueryOptions, getCommunes, useCommunes, type Area } from './communes';
