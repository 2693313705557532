package org.concord.access.model;

import java.util.Objects;

/** What failed logins are counted against: an account name (whether or not it exists) or a client address. */
public sealed interface ThrottleKey {
    /** A stable text form for storage: {@code account:<name>} or {@code address:<address>}. */
    String id();

    /**
     * Reads {@link #id()} back.
     *
     * @throws IllegalArgumentException if {@code id} is not a key's text form
     */
    static ThrottleKey parse(String id) {
        if (id != null && id.startsWith("account:")) return new Account(UserName.of(id.substring("account:".length())));
        if (id != null && id.startsWith("address:")) return new Address(ClientAddress.of(id.substring("address:".length())));
        throw new IllegalArgumentException("throttle key " + Shown.quote(id) + " must start with 'account:' or 'address:'");
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
