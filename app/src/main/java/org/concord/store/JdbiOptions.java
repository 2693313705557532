package org.concord.store;

import org.concord.options.ItemOption;
import org.concord.options.OptionData;
import org.concord.options.Options;
import org.concord.procedure.model.ItemId;
import org.jdbi.v3.core.Handle;

import java.util.List;

final class JdbiOptions implements Options {
    private final Handle h;

    JdbiOptions(Handle h) { this.h = h; }

    @Override public void insert(ItemOption option, String classification) {
        h.createUpdate("INSERT INTO item_option (item_id, option_key, doc, classification) VALUES (:item, :key, :doc, :classification)")
                .bind("item", option.item().value()).bind("key", option.key())
                .bind("doc", Docs.write(OptionData.of(option, null))).bind("classification", classification).execute();
    }

    @Override public List<Marked> of(ItemId item) {
        return h.createQuery("SELECT doc, classification FROM item_option WHERE item_id = :item ORDER BY id")
                .bind("item", item.value()).map((rs, ctx) -> marked(rs.getString("doc"), rs.getString("classification"))).list();
    }

    @Override public List<Marked> all() {
        return h.createQuery("SELECT doc, classification FROM item_option ORDER BY item_id, id")
                .map((rs, ctx) -> marked(rs.getString("doc"), rs.getString("classification"))).list();
    }

    private static Marked marked(String doc, String classification) {
        return new Marked(Docs.read(doc, OptionData.class, OptionData::toModel), classification);
    }
}
