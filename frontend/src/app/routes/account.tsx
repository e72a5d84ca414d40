import { AccountDetails } from '@/features/me';

export default function AccountRoute() {
  return <AccountDetails />;
}
