package org.concord.procedure.data;

import org.concord.procedure.model.OfficialAct;
import org.concord.shared.Violations;

/**
 * A request carrying an official act and the item version it was based on, for breaking silence, withdrawing a
 * footnote, opening silence ({@code deadline}), adding a text ({@code text}), or excluding a member by
 * consensus-minus-one ({@code reason}: the basis of the exclusion).
 */
public record ActData(String act, String reference, String text, String deadline, String reason, String newId, Long version) {
    public OfficialAct toAct(Violations v) { return PositionData.act(v, act, reference); }
}
