package org.concord.store;

import org.concord.register.data.MemberData;
import org.concord.register.model.Member;
import org.concord.register.model.Members;
import org.concord.shared.Iso3;
import org.jdbi.v3.core.Handle;

import java.util.List;
import java.util.Optional;

final class JdbiMembers implements Members {
    private final Handle h;

    JdbiMembers(Handle h) { this.h = h; }

    private static Member read(String doc) { return Docs.read(doc, MemberData.class, (d, v) -> d.toModel("", v)); }

    @Override public List<Member> all() {
        return h.createQuery("SELECT doc FROM member ORDER BY accession, iso3").mapTo(String.class).list()
                .stream().map(JdbiMembers::read).toList();
    }

    @Override public boolean none() { return h.createQuery("SELECT iso3 FROM member LIMIT 1").mapTo(String.class).findFirst().isEmpty(); }

    @Override public Optional<Member> find(Iso3 iso3) {
        return h.createQuery("SELECT doc FROM member WHERE iso3 = :iso3").bind("iso3", iso3.code()).mapTo(String.class)
                .findOne().map(JdbiMembers::read);
    }

    @Override public void put(Member m) {
        h.createUpdate("DELETE FROM member WHERE iso3 = :iso3").bind("iso3", m.iso3().code()).execute();
        h.createUpdate("INSERT INTO member (iso3, accession, doc) VALUES (:iso3, :accession, :doc)")
                .bind("iso3", m.iso3().code()).bind("accession", m.accession()).bind("doc", Docs.write(MemberData.from(m))).execute();
    }
}
