package org.concord.register.data;

import java.util.List;
import java.util.Map;

/**
 * The whole register as one document: the built-in dataset, {@code concord export} and {@code concord import} all use it.
 *
 * @param format must be {@value #FORMAT}
 */
public record RegisterFile(String format, OrganisationData organisation, Map<String, String> references,
                           List<FrameworkData> frameworks, List<MemberData> members, List<PartnerData> partners,
                           List<BodyData> bodies, List<MissionData> missions, List<EventData> events) {
    public static final String FORMAT = "concord-register/1";
}
