package org.concord.web;

import org.concord.shared.Principal;
import org.concord.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The desk as people use it, in real browsers, two at once where two people act: every act through the desk's own
 * forms (never the API), each page it passes checked by axe-core, for console errors and for sideways scroll at 400 px,
 * and photographed under {@code target/screenshots}. {@link DeskPagesBrowserIT} checks every page and walks the
 * administrator's and the options' flows, on a desk of its own, so that the two classes run side by side.
 */
class DeskFlowsBrowserIT {
    @RegisterExtension
    static final BrowserDesk desk = new BrowserDesk();

    @Test
    void the_chair_raises_an_item_a_delegations_objection_blocks_the_open_board_without_a_reload_and_once_lifted_the_chair_adopts_and_the_mission_shows_the_change() {
        try (Browser chair = desk.browser(); Browser ita = desk.browser()) {
            // raised on the desk: the effect's target chosen from the register, never typed
            chair.signIn("chair", Fixtures.PASSWORD).open("/items/new?type=TERMINATE_MISSION");
            new Select(chair.driver.findElement(By.id("mission"))).selectByValue("nmi");
            chair.driver.findElement(By.id("subject")).sendKeys("End NATO Mission Iraq now");
            chair.driver.findElement(By.id("text")).sendKeys("The Council decides to terminate NATO Mission Iraq on 28 November 2026.");
            chair.driver.executeScript("document.getElementById('endDate').value = '2026-11-28';");
            chair.check("raise-terminate");
            chair.submit("#raise-form button");
            assertThat(chair.url()).startsWith("/items/");
            String item = chair.url().replaceFirst("\\?.*", "");
            String id = item.substring("/items/".length());
            assertThat(chair.text("timeline")).contains("Item raised");
            assertThat(chair.text("consensus")).startsWith("Nothing blocks");
            chair.check("item-chair-open");
            chair.driver.executeScript("window.concordNoReload = 'still here';");

            ita.signIn("ita", Fixtures.PASSWORD).open(item);
            ita.check("item-delegation");
            new Select(ita.driver.findElement(By.id("position"))).selectByValue("OBJECTION");
            new Select(ita.driver.findElement(By.id("act"))).selectByValue("LETTER");
            ita.driver.findElement(By.id("reference")).sendKeys("ITA/2026/117");
            ita.submit("#position-form button");
            assertThat(ita.text("notice")).contains("Position recorded");
            assertThat(ita.text("cell-ITA")).contains("objects", "letter ITA/2026/117");

            chair.await("the item blocked by ITA", d -> chair.text("consensus").startsWith("Blocked by ITA"));
            assertThat(chair.driver.executeScript("return window.concordNoReload;")).as("the board updated without a reload").isEqualTo("still here");
            assertThat(chair.text("cell-ITA")).contains("✗", "objects", "blocks");
            chair.check("item-chair-blocked");

            new Select(ita.driver.findElement(By.id("position"))).selectByValue("SUPPORT");
            ita.submit("#position-form button");
            assertThat(ita.text("cell-ITA")).contains("supports");

            chair.await("nothing blocking again", d -> chair.text("consensus").startsWith("Nothing blocks"));
            assertThat(chair.driver.executeScript("return window.concordNoReload;")).isEqualTo("still here");
            chair.submit("#adopt-form button");
            assertThat(chair.text("status")).isEqualTo("ADOPTED");
            assertThat(chair.text("notice")).contains("adopted");
            String timeline = chair.text("timeline");
            assertThat(timeline).contains("Item raised", "ITA: objects", "ITA: supports", "Item adopted");
            assertThat(timeline.indexOf("ITA: objects")).isLessThan(timeline.indexOf("ITA: supports"));
            assertThat(chair.text("changes")).contains("status", "ACTIVE", "TERMINATED");
            chair.check("item-adopted");

            chair.follow("mission nmi");
            assertThat(chair.url()).isEqualTo("/missions/nmi");
            assertThat(chair.driver.findElement(By.tagName("main")).getText()).contains("TERMINATED");
            assertThat(chair.text("mission-items")).contains(id, "ADOPTED");
            chair.check("mission-after-adoption");

            chair.open("/");
            assertThat(chair.text("decided")).contains(id, "Terminates mission nmi");
            chair.check("home-chair");
            chair.open("/journal?subject=item:" + id);
            assertThat(chair.text("journal")).contains("ItemRaised", "PositionRecorded", "ItemAdopted");
        }
    }


    @Test
    void a_stale_form_shows_the_conflict_and_the_item_as_it_stands_never_a_stack_trace() {
        try (Browser ita = desk.browser()) {
            ita.signIn("ita", Fixtures.PASSWORD).open("/items/kfor-reduction-2026");
            // freeze the page as read: the live board would otherwise bring the new version in
            ita.driver.executeScript("var l = document.getElementById('live'), c = l.cloneNode(true);"
                    + " c.removeAttribute('hx-get'); c.removeAttribute('hx-trigger'); l.replaceWith(c);");
            long read = Long.parseLong(ita.text("version"));
            desk.concord().procedure().recordPosition(Principal.delegation("ita", org.concord.shared.Iso3.of("ITA")),
                    org.concord.procedure.model.ItemId.of("kfor-reduction-2026"), org.concord.shared.Iso3.of("ITA"),
                    new org.concord.procedure.data.PositionData("RESERVATION", null, null, null, null, null, null, read), read);
            new Select(ita.driver.findElement(By.id("position"))).selectByValue("SUPPORT");
            ita.submit("#position-form button");
            assertThat(ita.text("notice")).contains("Nothing was recorded", "is at version " + (read + 1), "not " + read);
            assertThat(ita.text("cell-ITA")).contains("reservation");
            assertThat(ita.driver.getPageSource()).doesNotContain("Exception", "at org.concord");
            ita.check("item-conflict");
        }
    }


    @Test
    void what_a_delegation_is_typing_stays_in_its_form_when_another_members_act_brings_the_open_board_up_to_date() {
        try (Browser ita = desk.browser()) {
            ita.signIn("ita", Fixtures.PASSWORD).open("/items/public-forum-2026-cancellation");
            long read = Long.parseLong(ita.text("version"));
            new Select(ita.driver.findElement(By.id("position"))).selectByValue("SUPPORT_WITH_STATEMENT");
            ita.driver.findElement(By.id("footnote")).sendKeys("Italy regrets the cancellation of the Public Forum.");
            desk.concord().procedure().recordPosition(Principal.delegation("deu", org.concord.shared.Iso3.of("DEU")),
                    org.concord.procedure.model.ItemId.of("public-forum-2026-cancellation"), org.concord.shared.Iso3.of("DEU"),
                    new org.concord.procedure.data.PositionData("SUPPORT", null, null, null, null, null, null, read), read);
            ita.await("the board at the new version", d -> ita.text("version").equals(Long.toString(read + 1)));
            assertThat(ita.text("cell-DEU")).contains("supports");
            assertThat(new Select(ita.driver.findElement(By.id("position"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("SUPPORT_WITH_STATEMENT");
            assertThat(ita.driver.findElement(By.id("footnote")).getAttribute("value")).isEqualTo("Italy regrets the cancellation of the Public Forum.");
            ita.submit("#position-form button");
            assertThat(ita.text("notice")).contains("Position recorded");
            assertThat(ita.text("cell-ITA")).contains("Italy regrets the cancellation of the Public Forum.");
        }
    }

    @Test
    void the_keyboard_focus_on_a_forms_button_stays_there_when_another_members_act_brings_the_open_board_up_to_date() {
        try (Browser ita = desk.browser()) {
            ita.signIn("ita", Fixtures.PASSWORD).open("/items/ankara-partners-2026");
            long read = Long.parseLong(ita.text("version"));
            ita.driver.executeScript("document.querySelector('#position-form button').focus();");
            desk.concord().procedure().recordPosition(Principal.delegation("deu", org.concord.shared.Iso3.of("DEU")),
                    org.concord.procedure.model.ItemId.of("ankara-partners-2026"), org.concord.shared.Iso3.of("DEU"),
                    new org.concord.procedure.data.PositionData("SUPPORT", null, null, null, null, null, null, read), read);
            ita.await("the board at the new version", d -> ita.text("version").equals(Long.toString(read + 1)));
            assertThat(ita.driver.executeScript("return document.activeElement === document.querySelector('#position-form button');"))
                    .as("focus on the position form's button after the board was brought up to date").isEqualTo(true);
        }
    }

    @Test
    void an_analyst_defines_an_issue_for_an_item_records_a_stance_runs_a_forecast_and_sees_it() {
        try (Browser analyst = desk.browser()) {
            analyst.signIn("analyst", Fixtures.PASSWORD).open("/items/ankara-partners-2026");
            analyst.follow("Define a forecast issue for this item");
            assertThat(new Select(analyst.driver.findElement(By.id("issue-item"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("ankara-partners-2026");
            analyst.check("issue-new");
            analyst.driver.findElement(By.id("issue-id")).sendKeys("ankara-formal");
            analyst.driver.findElement(By.id("title")).sendKeys("Are Ukraine and the IP4 kept out of the formal sessions?");
            analyst.driver.findElement(By.id("scale0")).sendKeys("all partners invited");
            analyst.driver.findElement(By.id("scale100")).sendKeys("all partners excluded");
            analyst.driver.findElement(By.id("statusQuo")).sendKeys("20");
            analyst.driver.findElement(By.id("proposal")).sendKeys("90");
            analyst.submit("#issue-form button");
            assertThat(analyst.url()).isEqualTo("/issues/ankara-formal");

            new Select(analyst.driver.findElement(By.id("actor"))).selectByValue("DEU");
            analyst.driver.findElement(By.id("source")).sendKeys("German official to the press");
            new Select(analyst.driver.findElement(By.id("grade"))).selectByValue("B2");
            analyst.driver.findElement(By.id("stance-position")).sendKeys("35");
            analyst.driver.findElement(By.id("quote")).sendKeys("Partners belong in the room.");
            analyst.submit("#stance-form button");
            assertThat(analyst.text("notice")).contains("Stance recorded");
            assertThat(analyst.text("stances")).contains("DEU", "B2", "35.0", "Partners belong in the room.");
            analyst.check("issue");

            analyst.driver.findElement(By.id("runs")).clear();
            analyst.driver.findElement(By.id("runs")).sendKeys("2000");
            analyst.submit("#forecast-form button");
            analyst.await("the stored forecast", d -> analyst.url().startsWith("/forecasts/"));
            assertThat(analyst.driver.findElement(By.tagName("h1")).getText()).contains("Forecast #", "Are Ukraine and the IP4");
            assertThat(analyst.text("actors")).contains("DEU");
            assertThat(analyst.text("win-set")).isNotBlank();
            assertThat(analyst.text("default-model")).contains("is the default for the rule UNANIMITY");
            assertThat(analyst.text("models")).contains("compromise", "win-set (default) (this page)", "nash-bargaining", "expected-utility",
                    "not run on these inputs");
            analyst.check("forecast");

            // every model on the same stances: a progress page while the draws run, then the comparison filled in
            analyst.driver.findElement(By.id("compare-runs")).clear();
            analyst.driver.findElement(By.id("compare-runs")).sendKeys("8000");
            analyst.submit("#compare-form button");
            if (analyst.url().startsWith("/forecast-runs/")) {
                assertThat(analyst.text("run-progress")).contains("of 32000", "4 models");
                analyst.check("forecast-running");
            }
            analyst.await("the forecasts of every model", d -> analyst.url().startsWith("/forecasts/"));
            assertThat(analyst.text("models")).doesNotContain("not run on these inputs").contains("8000 draws");
            analyst.open("/forecasts");
            assertThat(analyst.text("issues")).contains("ankara-formal");
        }
    }


    @Test
    void a_partner_does_not_see_a_restricted_item_anywhere() {
        try (Browser ukr = desk.browser()) {
            ukr.signIn("ukr", Fixtures.PASSWORD);
            for (String path : List.of("/", "/items", "/items?marking=NATO+RESTRICTED", "/journal", "/events/summit-2026-ankara", "/missions/nmi", "/forecasts")) {
                ukr.open(path);
                assertThat(ukr.driver.getPageSource()).as(path).doesNotContain("restricted-plan", "A restricted plan");
            }
            ukr.open("/items/restricted-plan");
            assertThat(ukr.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Not found");
            ukr.check("partner-hidden-item");
        }
    }


    @Test
    void the_chair_sees_reviews_due_records_one_then_applies_a_reset_prepares_its_drafts_with_forecasts_and_raises_one() {
        try (Browser chair = desk.browser()) {
            chair.signIn("chair", Fixtures.PASSWORD).open("/");
            assertThat(chair.text("reviews-due")).contains("Kosovo Force", "2026-06-12", "OVERDUE", "2026-12-12", "DUE");
            chair.check("home-reviews");

            chair.open("/missions/kfor");
            assertThat(chair.text("review-cycle")).contains("every 6 months from 2026-06-12", "RECALLED", "S17");
            chair.driver.executeScript("document.getElementById('review-due').value = '2026-06-13';"
                    + "document.getElementById('review-held').value = '2026-06-20';");
            new Select(chair.driver.findElement(By.id("review-recommendation"))).selectByValue("CONTINUE");
            chair.submit("#review-form button");
            assertThat(chair.text("review-errors")).contains("dueOn", "not a due date", "2026-12-12");
            chair.check("mission-review-refused");
            chair.driver.executeScript("document.getElementById('review-due').value = '2026-06-12';"
                    + "document.getElementById('review-held').value = '2026-06-20';");
            new Select(chair.driver.findElement(By.id("review-recommendation"))).selectByValue("ADJUST");
            chair.driver.findElement(By.id("review-item")).sendKeys("kfor-reduction-2026");
            chair.submit("#review-form button");
            assertThat(chair.url()).startsWith("/missions/kfor?done=review");
            assertThat(chair.text("review-history")).contains("2026-06-12", "2026-06-20", "adjust", "kfor-reduction-2026");
            assertThat(chair.text("mission-reviews-due")).doesNotContain("2026-06-12").contains("2026-12-12");
            chair.check("mission-reviews");

            chair.open("/portfolio");
            assertThat(chair.text("portfolio")).contains("Kosovo Force", "Euro-Atlantic", "beyond", "not sourced");
            chair.check("portfolio");
            chair.open("/portfolio?sort=-personnel");
            assertThat(chair.driver.findElements(By.cssSelector("#portfolio tbody tr")).get(0).getText()).contains("International Security Assistance Force");

            chair.open("/portfolio/reset?profile=DETERRENCE_AND_DEFENCE_ONLY&by=2027-12-31");
            assertThat(chair.text("touched")).contains("Kosovo Force", "TERMINATE", "4500", "ITA 852", "TUR 780", "USA 600");
            assertThat(chair.text("scope")).isEqualTo("Totals cover only the missions you may see.");
            chair.check("reset-analysis");
            chair.submit("#prepare-form button");
            assertThat(chair.text("notice")).contains("prepared as drafts");
            assertThat(chair.text("drafts")).contains("Reset: terminate Kosovo Force", "DRAFT", "%");
            assertThat(chair.text("draft-totals")).contains("forecast to pass", "forecast to be blocked");
            chair.check("reset-drafts");
            chair.submit("#draft-reset-dd-only-kfor button");
            assertThat(chair.text("notice")).contains("raised");
            assertThat(chair.text("draft-reset-dd-only-kfor")).contains("OPEN");

            chair.open("/");
            assertThat(chair.text("drafts")).contains("reset-dd-only-osg").doesNotContain("reset-dd-only-kfor");
            assertThat(chair.text("open-items")).contains("reset-dd-only-kfor").doesNotContain("reset-dd-only-osg");

            chair.open("/items/reset-dd-only-osg");
            assertThat(chair.text("status")).isEqualTo("DRAFT");
            assertThat(chair.driver.findElements(By.id("raise-draft-form"))).hasSize(1);
            assertThat(chair.driver.findElements(By.id("adopt-form"))).isEmpty();
            chair.check("item-draft");
        }
    }

}
