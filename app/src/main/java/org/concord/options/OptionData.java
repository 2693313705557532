package org.concord.options;

import org.concord.forecast.model.IssueId;
import org.concord.procedure.model.ItemId;
import org.concord.shared.Violations;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An option on the wire (the API, the CLI's JSON, the stored document).
 *
 * @param item           the decision item's id (taken from the path on the way in)
 * @param key            the option's name within its item, e.g. {@code drawdown-2027}
 * @param issue          the forecast issue whose scale the point is on; by default the item's own issue
 * @param label          what the option is, in words
 * @param point          where it stands on the issue's 0-100 scale
 * @param description    why it stands there
 * @param sources        source keys of the reference catalogue
 * @param classification its marking (default NATO UNCLASSIFIED; never lower than the item's and the issue's)
 */
public record OptionData(String item, String key, String issue, String label, Double point, String description, List<String> sources,
                         String classification) {
    private static final Pattern SOURCE = Pattern.compile("[A-Za-z0-9_.-]{1,40}");

    public static OptionData of(ItemOption o, String classification) {
        return new OptionData(o.item().value(), o.key(), o.issue().value(), o.label(), o.point(), o.description().orElse(null),
                o.sources().isEmpty() ? null : o.sources(), classification);
    }

    /** The same option for another item or issue (the path's item, the item's default issue). */
    public OptionData with(String item, String issue) {
        return new OptionData(item, key, issue, label, point, description, sources, classification);
    }

    /** The marking given, or {@code dflt}. */
    public String classificationOr(String dflt) { return classification == null || classification.isBlank() ? dflt : classification; }

    /** @return the option, or null with every violation added */
    public ItemOption toModel(Violations v) {
        int before = v.size();
        ItemId itemId = item == null || item.isBlank() ? null : v.parse("item", () -> ItemId.of(item));
        if (item == null || item.isBlank()) v.add("item", "is required");
        if (key == null || key.isBlank()) v.add("key", "is required: 1-40 lower-case letters, digits and '-', e.g. drawdown-2027");
        else if (!ItemOption.KEY.matcher(key).matches()) v.add("key", "'" + key + "' must be 1-40 lower-case letters, digits and '-'");
        IssueId issueId = issue == null || issue.isBlank() ? null : v.parse("issue", () -> IssueId.of(issue));
        if (issue == null || issue.isBlank()) v.add("issue", "is required: the item has no forecast issue to put the option on");
        if (label == null || label.isBlank()) v.add("label", "is required: the option in words");
        if (point == null) v.add("point", "is required: a number on the issue's 0-100 scale");
        else if (!(point >= 0 && point <= 100)) v.add("point", "must be on the 0-100 scale, was " + point);
        List<String> keys = sources == null ? List.of() : sources;
        for (int i = 0; i < keys.size(); i++)
            if (keys.get(i) == null || !SOURCE.matcher(keys.get(i)).matches())
                v.add("sources[" + i + "]", "'" + keys.get(i) + "' must be 1-40 letters, digits, '_', '.', '-'");
        if (v.size() > before) return null;
        return new ItemOption(itemId, key, issueId, label.strip(), point,
                description == null || description.isBlank() ? Optional.empty() : Optional.of(description.strip()), keys);
    }
}
