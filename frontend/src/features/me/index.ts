// The signed-in user's own information (header block, account page).
export { AccountDetails } from './components/account-details';
export { CurrentUser } from './components/current-user';
