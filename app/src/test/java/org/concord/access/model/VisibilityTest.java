package org.concord.access.model;

import org.concord.shared.Iso3;
import org.concord.shared.NotFound;
import org.concord.shared.Principal;
import org.concord.shared.Role;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VisibilityTest {
    private static final MarkingLadder NATO = MarkingLadder.NATO;
    private static final Marking RESTRICTED = NATO.marking("NATO RESTRICTED");
    private static final Marking SECRET = NATO.marking("NATO SECRET");

    private static Viewer partner(String iso3, Marking clearance) {
        return new Viewer(new Principal(iso3.toLowerCase(java.util.Locale.ROOT) + ".partner", Role.PARTNER, Optional.of(Iso3.of(iso3))), clearance);
    }

    private static Viewer member(Role role, Marking clearance) {
        Optional<Iso3> nation = role == Role.DELEGATION ? Optional.of(Iso3.of("FRA")) : Optional.empty();
        return new Viewer(new Principal("someone", role, nation), clearance);
    }

    private static Classification c(String text) { return Classification.parse(text, NATO); }

    private record Paper(String id, Classification classification) {}

    @Test
    void a_ukrainian_partner_sees_a_restricted_record_released_to_ukraine_but_not_one_without_release() {
        Viewer ukr = partner("UKR", RESTRICTED);
        assertThat(Visibility.check(ukr, c("NATO RESTRICTED REL UKR"))).isEqualTo(new Sight.Visible());
        assertThat(Visibility.check(ukr, c("NATO RESTRICTED"))).isEqualTo(new Sight.Hidden("NATO RESTRICTED is not releasable to UKR"));
        assertThat(Visibility.canSee(ukr, c("NATO RESTRICTED REL AUS"))).isFalse();
    }

    @Test
    void a_partner_does_not_see_a_record_released_to_it_above_its_clearance() {
        assertThat(Visibility.check(partner("UKR", RESTRICTED), c("NATO SECRET REL UKR")))
                .isEqualTo(new Sight.Hidden("NATO SECRET is above the clearance NATO RESTRICTED"));
    }

    @Test
    void a_member_reader_cleared_to_restricted_does_not_see_nato_secret() {
        Viewer reader = member(Role.READER, RESTRICTED);
        assertThat(Visibility.canSee(reader, c("NATO SECRET"))).isFalse();
        assertThat(Visibility.canSee(reader, c("NATO RESTRICTED"))).isTrue();
        assertThat(Visibility.canSee(reader, c("NATO UNCLASSIFIED"))).isTrue();
    }

    @Test
    void a_member_side_user_sees_by_clearance_whatever_the_release_list() {
        for (Role role : List.of(Role.ADMIN, Role.CHAIR, Role.DELEGATION, Role.ANALYST, Role.READER))
            assertThat(Visibility.canSee(member(role, RESTRICTED), c("NATO RESTRICTED REL UKR"))).as(role.name()).isTrue();
    }

    @Test
    void a_public_record_is_visible_to_everyone_whatever_their_clearance() {
        assertThat(Visibility.canSee(partner("JPN", NATO.lowest()), c("PUBLIC"))).isTrue();
        assertThat(Visibility.canSee(member(Role.READER, NATO.lowest()), c("PUBLIC"))).isTrue();
        assertThat(Visibility.canSee(partner("JPN", NATO.lowest()), c("NATO UNCLASSIFIED REL JPN"))).isFalse();
    }

    @Test
    void the_system_sees_everything() {
        assertThat(Visibility.canSee(Viewer.system(NATO), c("NATO SECRET"))).isTrue();
    }

    @Test
    void a_list_is_filtered_to_what_the_viewer_may_see_in_its_order() {
        List<Paper> papers = List.of(new Paper("a", c("PUBLIC")), new Paper("b", c("NATO RESTRICTED")),
                new Paper("c", c("NATO RESTRICTED REL UKR, AUS")), new Paper("d", c("NATO SECRET REL UKR")));
        assertThat(Visibility.filter(partner("UKR", SECRET), papers, Paper::classification)).extracting(Paper::id).containsExactly("a", "c", "d");
        assertThat(Visibility.filter(member(Role.READER, RESTRICTED), papers, Paper::classification)).extracting(Paper::id).containsExactly("a", "b", "c");
    }

    @Test
    void a_hidden_record_is_reported_as_not_found_exactly_like_a_missing_one() {
        Paper paper = new Paper("x", c("NATO SECRET"));
        assertThatThrownBy(() -> Visibility.requireVisible(member(Role.READER, RESTRICTED), paper, paper.classification(), "paper", "x"))
                .isInstanceOf(NotFound.class).hasMessage(new NotFound("paper", "x").getMessage());
        assertThat(Visibility.requireVisible(member(Role.READER, SECRET), paper, paper.classification(), "paper", "x")).isSameAs(paper);
    }
}
