package org.concord.access.model;

import java.util.Objects;

/** What failed logins are counted against: an account name at one address, an account name everywhere, or an address. */
public sealed interface ThrottleKey {
    /** A stable text form for storage: {@code pair:<name>@<address>}, {@code account:<name>} or {@code address:<address>}. */
    String id();

    /**
     * Reads {@link #id()} back.
     *
     * @throws IllegalArgumentException if {@code id} is not a key's text form
     */
    static ThrottleKey parse(String id) {
        if (id != null && id.startsWith("pair:") && id.indexOf('@') > 5) {
            int at = id.indexOf('@');
            return new AccountAtAddress(UserName.of(id.substring(5, at)), ClientAddress.of(id.substring(at + 1)));
        }
        if (id != null && id.startsWith("account:")) return new Account(UserName.of(id.substring("account:".length())));
        if (id != null && id.startsWith("address:")) return new Address(ClientAddress.of(id.substring("address:".length())));
        throw new IllegalArgumentException("throttle key " + Shown.quote(id) + " must start with 'pair:', 'account:' or 'address:'");
    }

    /** The prefix of the text form of every pair of {@code name}, for lifting them all at once. */
    static String pairPrefix(UserName name) { return "pair:" + name.value() + "@"; }

    record AccountAtAddress(UserName name, ClientAddress address) implements ThrottleKey {
        public AccountAtAddress { Objects.requireNonNull(name, "name"); Objects.requireNonNull(address, "address"); }

        @Override public String id() { return pairPrefix(name) + address.value(); }
    }

    record Account(UserName name) implements ThrottleKey {
        public Account { Objects.requireNonNull(name, "name"); }

        @Override public String id() { return "account:" + name.value(); }
    }

    record Address(ClientAddress address) implements ThrottleKey {
        public Address { Objects.requireNonNull(address, "address"); }

        @Override public String id() { return "address:" + address.value(); }
    }
}
