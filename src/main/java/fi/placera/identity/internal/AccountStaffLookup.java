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
    public java.util.Map<String, String> displayNames(java.util.Collection<String> usernames) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        usernames.stream().distinct().forEach(username -> accounts.findByUsername(username)
                .ifPresent(user -> names.put(username, user.getDisplayName())));
        return names;
    }

    @Override
    public Optional<UUID> staffMemberOf(String username) {
        return accounts.findByUsername(username).filter(PlaceraUser::isEnabled).map(PlaceraUser::staffMemberId);
    }

    @Override
    public Optional<UUID> accountOf(String username) {
        return accounts.findByUsername(username).filter(PlaceraUser::isEnabled).map(PlaceraUser::accountId);
    }
}
