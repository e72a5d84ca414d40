// The people feature's public surface: the people the caller manages and the invite form (people/PeoplePolicy).
export { InvitePerson } from './components/invite-person';
export { PeopleList } from './components/people-list';
