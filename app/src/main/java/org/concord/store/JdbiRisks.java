package org.concord.store;

import org.concord.intel.Risk;
import org.concord.intel.RiskData;
import org.concord.intel.Risks;
import org.jdbi.v3.core.Handle;

import java.util.List;

final class JdbiRisks implements Risks {
    private final Handle h;

    JdbiRisks(Handle h) { this.h = h; }

    @Override public long insert(Risk risk, String classification) {
        RiskData doc = RiskData.of(risk);
        return h.createUpdate("INSERT INTO risk (mission_id, item_id, option_key, assessed_on, doc, classification) "
                        + "VALUES (:mission, :item, :option, :on, :doc, :classification)")
                .bind("mission", doc.mission()).bind("item", doc.item()).bind("option", doc.option())
                .bind("on", risk.assessedOn()).bind("doc", Docs.write(doc)).bind("classification", classification)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    @Override public List<Recorded> all() {
        return h.createQuery("SELECT id, doc, classification FROM risk ORDER BY assessed_on, id")
                .map((rs, ctx) -> new Recorded(rs.getLong("id"), Docs.read(rs.getString("doc"), RiskData.class, RiskData::toModel),
                        rs.getString("classification")))
                .list();
    }
}
