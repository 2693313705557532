package org.concord.store;

import org.concord.register.data.FrameworkData;
import org.concord.register.data.PartnerData;
import org.concord.register.model.Framework;
import org.concord.register.model.Partner;
import org.concord.register.model.Partners;
import org.concord.shared.Iso3;
import org.jdbi.v3.core.Handle;

import java.util.List;
import java.util.Optional;

final class JdbiPartners implements Partners {
    private final Handle h;

    JdbiPartners(Handle h) { this.h = h; }

    private static Partner read(String doc) { return Docs.read(doc, PartnerData.class, (d, v) -> d.toModel("", v)); }

    @Override public List<Partner> all() {
        return h.createQuery("SELECT doc FROM partner ORDER BY iso3").mapTo(String.class).list().stream().map(JdbiPartners::read).toList();
    }

    @Override public Optional<Partner> find(Iso3 iso3) {
        return h.createQuery("SELECT doc FROM partner WHERE iso3 = :iso3").bind("iso3", iso3.code()).mapTo(String.class)
                .findOne().map(JdbiPartners::read);
    }

    @Override public void put(Partner p) {
        h.createUpdate("DELETE FROM partner WHERE iso3 = :iso3").bind("iso3", p.iso3().code()).execute();
        h.createUpdate("INSERT INTO partner (iso3, doc) VALUES (:iso3, :doc)").bind("iso3", p.iso3().code())
                .bind("doc", Docs.write(PartnerData.from(p))).execute();
    }

    @Override public List<Framework> frameworks() {
        return h.createQuery("SELECT doc FROM framework ORDER BY code").mapTo(String.class).list().stream()
                .map(doc -> Docs.read(doc, FrameworkData.class, (d, v) -> d.toModel("", v))).toList();
    }

    @Override public void putFramework(Framework f) {
        h.createUpdate("DELETE FROM framework WHERE code = :code").bind("code", f.code().value()).execute();
        h.createUpdate("INSERT INTO framework (code, doc) VALUES (:code, :doc)").bind("code", f.code().value())
                .bind("doc", Docs.write(FrameworkData.from(f))).execute();
    }
}
