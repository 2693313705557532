package org.concord.boot;

import org.concord.access.Nations;
import org.concord.register.model.Members;
import org.concord.register.model.Partners;
import org.concord.shared.Iso3;
import org.concord.shared.tx.Transactions;

import java.time.Clock;
import java.time.LocalDate;

/** The register's answer to access control: who is a member today, who a partner. */
final class RegisterNations implements Nations {
    private final Transactions tx;
    private final Clock clock;

    RegisterNations(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    @Override public boolean isMember(Iso3 nation) {
        LocalDate today = LocalDate.now(clock);
        return tx.read(t -> t.repository(Members.class).find(nation)).filter(m -> m.memberOn(today)).isPresent();
    }

    @Override public boolean isPartner(Iso3 nation) { return tx.read(t -> t.repository(Partners.class).find(nation)).isPresent(); }
}
