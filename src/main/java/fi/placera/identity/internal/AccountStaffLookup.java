package fi.placera.identity.internal;

import fi.placera.identity.PlaceraUser;
import fi.placera.identity.StaffAccounts;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Staff members by user name, from the accounts. */
@Component
class AccountStaffLookup implements StaffAccounts {

    private final AccountRepository accounts;

    AccountStaffLookup(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<UUID> staffMemberOf(String username) {
        return accounts.findByUsername(username).filter(PlaceraUser::isEnabled).map(PlaceraUser::staffMemberId);
    }
}
