package org.concord.options;

import org.concord.forecast.model.IssueId;
import org.concord.procedure.model.ItemId;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One option for a decision item: a point on the scale of the item's forecast issue (not a competing text in the
 * procedure), e.g. "drawdown to a residual advisory presence by 2027" at 35 on the NMI issue's 0-100 scale.
 *
 * @param item        the decision item, must not be null
 * @param key         the option's name within its item: 1-40 lower-case letters, digits and '-'
 * @param issue       the forecast issue whose scale the point is on, must not be null
 * @param label       what the option is, in words, not blank
 * @param point       where it stands on the issue's 0-100 scale
 * @param description why it stands there, if said
 * @param sources     source keys of the reference catalogue, never null
 */
public record ItemOption(ItemId item, String key, IssueId issue, String label, double point, Optional<String> description, List<String> sources) {
    static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    public ItemOption {
        Objects.requireNonNull(item, "item");
        if (key == null || !KEY.matcher(key).matches())
            throw new IllegalArgumentException("option key '" + key + "' must be 1-40 lower-case letters, digits and '-'");
        Objects.requireNonNull(issue, "issue");
        if (label == null || label.isBlank()) throw new IllegalArgumentException("label must not be blank");
        if (!(point >= 0 && point <= 100)) throw new IllegalArgumentException("point must be on the 0-100 scale, was " + point);
        Objects.requireNonNull(description, "description");
        sources = List.copyOf(sources);
    }
}
